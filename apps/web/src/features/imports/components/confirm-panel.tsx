import type { ImportConfirmInput, ImportDraft, InitiativeDetail } from '@civic/shared/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { ApiError, type ProblemWith } from '../../../lib/api-client.ts';
import { importConfirmInputSchema } from '../../../lib/schemas.ts';
import { useSchemaForm } from '../../../lib/use-schema-form.ts';
import { useConfirmImport } from '../api/confirm-import.ts';
import { importsKeys } from '../api/imports-keys.ts';
import {
  acceptedOrder,
  fieldName,
  type InitiativeFields,
  type Review,
  toImportedInitiative,
  toImportedUpdate,
  type UpdateFields,
} from '../review-model.ts';

export interface ConfirmPanelProps {
  draft: ImportDraft;
  reviews: readonly Review[];
  tracked: Map<string, InitiativeDetail>;
  /** Problems the server found, by candidate: shown on the candidate's card. */
  onProblems: (problems: Map<number, { field: string; message: string }[]>) => void;
}

type Stale = { initiativeId: string; version: number | null }[];

/** What the confirm will write, the source's date, and the one button that writes it all or nothing. */
export function ConfirmPanel({ draft, reviews, tracked, onProblems }: ConfirmPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const confirm = useConfirmImport(draft.id);
  const [stale, setStale] = useState<Stale | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sourceId, setSourceId] = useState<string | null>(null);
  const proposedDate = draft.facts.publishedAt?.value;
  const form = useSchemaForm<{ publishedAt: string }, ImportConfirmInput>({
    initial: { publishedAt: draft.publishedAt ?? proposedDate ?? '' },
    schema: importConfirmInputSchema,
  });
  const initiatives = acceptedOrder(draft, reviews);
  const updates = draft.candidates.flatMap((candidate, index) =>
    candidate.matchId && reviews[index]?.decision === 'accepted' ? [{ index, matchId: candidate.matchId }] : [],
  );
  const pending = reviews.filter((review) => review.decision === 'pending').length;

  /** Problems by candidate, from fields named as the confirm names them (`initiatives.0.passage.quote`). */
  function byCandidate(items: readonly { field: string; message: string }[]) {
    const found = new Map<number, { field: string; message: string }[]>();
    for (const item of items) {
      const match = /(initiatives|updates)\.(\d+)\.(.+)$/.exec(item.field);
      if (!match) continue;
      const order = Number(match[2]);
      const index = match[1] === 'initiatives' ? initiatives[order]?.candidateIndex : updates[order]?.index;
      if (index === undefined) continue;
      const list = found.get(index) ?? [];
      list.push({ field: fieldName((match[3] ?? '').split('.')), message: item.message });
      found.set(index, list);
    }
    return found;
  }

  function submit() {
    setStale(null);
    setFailure(null);
    const candidate = {
      publishedAt: form.values.publishedAt || null,
      initiatives: initiatives.map(({ candidateIndex, parentIndex }) =>
        toImportedInitiative(reviews[candidateIndex]?.fields as InitiativeFields, parentIndex),
      ),
      updates: updates.flatMap(({ index, matchId }) => {
        const current = tracked.get(matchId);
        return current ? [toImportedUpdate(reviews[index]?.fields as UpdateFields, current)] : [];
      }),
    };
    const checked = importConfirmInputSchema.safeParse(candidate);
    // A card accepted with a field still to fill (a passage added by hand has no owner yet) shows it on the card.
    if (!checked.success) {
      onProblems(
        byCandidate(checked.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }))),
      );
    }
    const input = form.check(candidate);
    if (!input) return;
    confirm.mutate(input, {
      onSuccess: (result) => setSourceId(result.sourceId),
      onError: (error) => {
        const problem =
          error instanceof ApiError ? (error.problem as ProblemWith<{ stale: Stale; sourceId: string }> | null) : null;
        if (error instanceof ApiError && error.status === 409 && problem?.stale) return setStale(problem.stale);
        if (error instanceof ApiError && error.status === 409) return setFailure(t('imports.confirm.already'));
        if (error instanceof ApiError && error.status === 400 && problem?.errors) {
          onProblems(byCandidate(problem.errors));
          return setFailure(t('imports.confirm.fix'));
        }
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
          return setFailure(t('officials.errors.session'));
        }
        setFailure(t('imports.errors.failed'));
      },
    });
  }

  // A draft confirmed before (here or elsewhere) says so in the page header; this one just confirmed says what it wrote.
  if (draft.state === 'confirmed' && !sourceId) return null;
  if (sourceId) {
    return (
      <section className="card confirm-panel" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('imports.confirm.title')}</h2>
        <p className="form-success" role="status">
          {t('imports.confirm.done', { initiatives: initiatives.length, updates: updates.length })}{' '}
          <Link to={`/sources/${sourceId}`}>{t('imports.review.openSource')}</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="card confirm-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('imports.confirm.title')}</h2>
      <form
        ref={form.formRef}
        className="official-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {stale && (
          <ConflictAlert
            message={t('imports.confirm.stale')}
            current={
              <ul className="stale-list">
                {stale.map((entry) => {
                  const detail = tracked.get(entry.initiativeId);
                  return (
                    <li key={entry.initiativeId}>
                      {detail ? <LocalizedText value={detail.title} /> : entry.initiativeId}{' '}
                      {t('imports.confirm.versionNow', { version: entry.version ?? '—' })}
                    </li>
                  );
                })}
              </ul>
            }
            onReload={() => {
              setStale(null);
              for (const entry of stale)
                void queryClient.invalidateQueries({ queryKey: importsKeys.tracked(entry.initiativeId) });
            }}
          />
        )}
        {(failure || form.errors.form) && (
          <p className="form-alert" role="alert">
            {failure ?? t('imports.confirm.fix')}
          </p>
        )}
        <p>{t('imports.confirm.summary', { initiatives: initiatives.length, updates: updates.length })}</p>
        {pending > 0 && <p className="muted">{t('imports.confirm.pending', { count: pending })}</p>}
        <FormField
          id={`${id}-date`}
          label={t('imports.start.publishedAt')}
          hint={
            proposedDate
              ? t('imports.confirm.dateProposed', { quote: draft.facts.publishedAt?.quote })
              : t('imports.start.publishedAtHint')
          }
          error={form.errors.publishedAt ? t('imports.errors.publishedAt') : undefined}
        >
          {(control) => <input {...control} type="date" {...form.field('publishedAt')} />}
        </FormField>
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={confirm.isPending || initiatives.length + updates.length === 0}
          >
            {t('imports.confirm.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
