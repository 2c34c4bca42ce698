import type { ImportConfirmInput, ImportConfirmResult } from '@civic/shared/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';
import { importsKeys } from './imports-keys.ts';

export function confirmImport(id: string, input: ImportConfirmInput) {
  return request<ImportConfirmResult>(`/imports/${encodeURIComponent(id)}/confirm`, { method: 'POST', body: input });
}

/** On success every cached answer may be out of date (new initiatives, sources, figures): all are refetched. */
export function useConfirmImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportConfirmInput) => confirmImport(id, input),
    onSuccess: () => queryClient.invalidateQueries(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: importsKeys.all }),
  });
}
