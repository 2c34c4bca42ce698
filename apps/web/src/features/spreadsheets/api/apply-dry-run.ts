import type { SheetApplyResult } from '@civic/shared/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';

/** Applies a stored dry run exactly as it was shown, all or nothing. */
export function applyDryRun(id: string) {
  return request<SheetApplyResult>(`/spreadsheet-imports/${encodeURIComponent(id)}/apply`, { method: 'POST' });
}

export function useApplyDryRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyDryRun,
    // Many initiatives, their lists, figures and histories moved at once: everything read before is stale.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
