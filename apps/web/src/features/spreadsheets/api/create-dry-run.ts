import type { SheetDryRun } from '@civic/shared/schemas';
import type { Language } from '@civic/shared/vocabulary';
import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';

export interface DryRunRequest {
  file: File;
  /** The language of the answer's error messages. */
  lang: Language;
}

/** Sends the file for a dry run: the server stores what applying it would do and writes nothing else. */
export function createDryRun({ file, lang }: DryRunRequest) {
  const form = new FormData();
  form.append('file', file, file.name);
  return request<SheetDryRun>('/spreadsheet-imports', { method: 'POST', params: { lang }, body: form });
}

export function useCreateDryRun() {
  return useMutation({ mutationFn: createDryRun });
}
