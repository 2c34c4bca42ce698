import type { ImportDraft, ImportTextInput } from '@civic/shared/schemas';
import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/api-client.ts';

/** Pasted text goes as JSON; a file goes as multipart/form-data with the same fields beside it. */
export type ImportStartInput = ImportTextInput | { file: File; fields: Omit<ImportTextInput, 'text'> };

export function startImport(input: ImportStartInput) {
  if (!('file' in input)) return request<ImportDraft>('/imports', { method: 'POST', body: input });
  const form = new FormData();
  for (const [name, value] of Object.entries(input.fields)) {
    if (value !== null && value !== undefined && value !== '') form.set(name, String(value));
  }
  form.set('file', input.file);
  return request<ImportDraft>('/imports', { method: 'POST', body: form });
}

export function useStartImport() {
  return useMutation({ mutationFn: startImport });
}
