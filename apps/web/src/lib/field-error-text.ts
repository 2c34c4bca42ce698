import { useTranslation } from 'react-i18next';

/**
 * What a field's problem says, read from its message: the schema's (zod's) words on the client and
 * the API's problem+json `errors[].message` on the server are the same, so one reading serves both.
 * A form used to show one fixed text for any problem of a field ("give at least one link" for 60 links);
 * it now says what is wrong when the problem is one of these, and its own text for the rest.
 */
export type ProblemKind =
  | { kind: 'required' }
  | { kind: 'tooLong'; max: number; item: number | null }
  | { kind: 'tooMany'; max: number }
  | { kind: 'afterToday' }
  | { kind: 'tooEarly'; min: string }
  | { kind: 'tooLate'; max: string }
  | { kind: 'other' };

/** A problem of one entry of a list field (e.g. "evidenceUrls.3") is kept as "item 4: <message>". */
export const itemPrefix = (index: number) => `item ${index + 1}: `;

export function problemKind(message: string): ProblemKind {
  const itemMatch = /^item (\d+): /.exec(message);
  const item = itemMatch ? Number(itemMatch[1]) : null;
  const text = itemMatch ? message.slice(itemMatch[0].length) : message;
  if (text === 'is required') return { kind: 'required' };
  const big = /^Too big: expected (string|array) to have <=(\d+) (characters|items)/.exec(text);
  if (big?.[1] === 'string') return { kind: 'tooLong', max: Number(big[2]), item };
  if (big?.[1] === 'array') return { kind: 'tooMany', max: Number(big[2]) };
  if (/^Too small: expected string to have >=1 characters/.test(text)) return { kind: 'required' };
  if (text.startsWith('must not be after today')) return { kind: 'afterToday' };
  const early = /^must not be before (\d{4}-\d{2}-\d{2})/.exec(text);
  if (early?.[1]) return { kind: 'tooEarly', min: early[1] };
  const late = /^must not be after (\d{4}-\d{2}-\d{2})/.exec(text);
  if (late?.[1]) return { kind: 'tooLate', max: late[1] };
  return { kind: 'other' };
}

/**
 * The text a form shows under a field: what the problem names (too long with its limit, too many entries
 * with the limit, a day after today or before the earliest allowed), else the field's own text
 * `fallbackKey` (which says how to fill it in; `${fallbackKey}Required` when missing, if there is one).
 * Undefined when the field has no problem.
 */
export function useFieldErrorText() {
  const { t } = useTranslation();
  return (message: string | undefined, fallbackKey: string): string | undefined => {
    if (message === undefined) return undefined;
    const problem = problemKind(message);
    switch (problem.kind) {
      // The field's own text says what to enter; a field whose text is about something else (a day's
      // bounds) has a `…Required` text, else the plain "required".
      case 'required':
        return t([`${fallbackKey}Required`, fallbackKey, 'forms.problems.required']);
      case 'tooLong':
        return problem.item === null
          ? t('forms.problems.tooLong', { max: problem.max })
          : t('forms.problems.itemTooLong', { max: problem.max, item: problem.item });
      case 'tooMany':
        return t('forms.problems.tooMany', { max: problem.max });
      case 'afterToday':
        return t('forms.problems.afterToday');
      case 'tooEarly':
        return t('forms.problems.tooEarly', { min: problem.min });
      case 'tooLate':
        return t('forms.problems.tooLate', { max: problem.max });
      default:
        return t(fallbackKey);
    }
  };
}
