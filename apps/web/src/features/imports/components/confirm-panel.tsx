import type { ImportConfirmInput, ImportDraft, InitiativeDetail } from '@civic/shared/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { FormFooter } from '../../../components/form-footer.tsx';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { useFieldErrorText } from '../../../lib/field-error-text.ts';
import { earliestPlanDay, importConfirmInputSchema, latestPlanDay } from '../../../lib/schemas.ts';
import { type FieldProblem, fieldIssue, useSchemaForm } from '../../../lib/use-schema-form.ts';
import { useWriteFailure } from '../../../lib/use-write-failure.ts';
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
  onProblems: (problems: Map<number, FieldProblem[]>) => void;
}

type Stale = { initiativeId: string; version: number | null }[];

/** What the confirm will write, the source's date, and the one button that writes it all or nothing. */
export function ConfirmPanel({ draft, reviews, tracked, onProblems }: ConfirmPanelProps) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const id = useId();
  const queryClient = useQueryClient();
  const confirm = useConfirmImport(draft.id);
  const [stale, setStale] = useState<Stale | null>(null);
  const [sourceId, setSourceId] = useState<string | null>(null);
  const proposedDate = draft.facts.publishedAt?.value;
  const initiatives = acceptedOrder(draft, reviews);
  const updates = draft.candidates.flatMap((candidate, index) =>
    candidate.matchId && reviews[index]?.decision === 'accepted' ? [{ index, matchId: candidate.matchId }] : [],
  );
  const pending = reviews.filter((review) => review.decision === 'pending').length;
  const form = useSchemaForm<{ publishedAt: string }, ImportConfirmInput>({
    initial: { publishedAt: draft.publishedAt ?? proposedDate ?? '' },
    schema: importConfirmInputSchema,
    toCandidate: ({ publishedAt }) => ({
      publishedAt: publishedAt || null,
      initiatives: initiatives.map(({ candidateIndex, parentIndex }) =>
        toImportedInitiative(reviews[candidateIndex]?.fields as InitiativeFields, parentIndex),
      ),
      updates: updates.flatMap(({ index, matchId }) => {
        const current = tracked.get(matchId);
        return current ? [toImportedUpdate(reviews[index]?.fields as UpdateFields, current)] : [];
      }),
    }),
    // The schema's problems and a 400's alike: each proposal's go to its card (a passage added by hand
    // has no owner yet), the date's to its field, and the form says where to look.
    errorsFrom: (problems) => {
      onProblems(byCandidate(problems));
      const date = problems.find((problem) => /(^|\.)publishedAt$/.test(problem.field));
      return {
        ...(date ? { publishedAt: fieldIssue(date) } : {}),
        ...(problems.some((problem) => problem !== date) ? { form: t('imports.confirm.fix') } : {}),
      };
    },
  });
  const showFailure = useWriteFailure<Stale>(form, {
    // A tracked initiative changed since the review opened: the answer names each one's version now.
    onConflict: setStale,
    conflictKey: 'stale',
    onTaken: () => form.setErrors({ form: t('imports.confirm.already') }),
  });

  /** Problems by candidate, from fields named as the confirm names them (`initiatives.0.passage.quote`). */
  function byCandidate(items: readonly FieldProblem[]) {
    const found = new Map<number, FieldProblem[]>();
    for (const item of items) {
      const match = /(initiatives|updates)\.(\d+)\.(.+)$/.exec(item.field);
      if (!match) continue;
      const order = Number(match[2]);
      const index = match[1] === 'initiatives' ? initiatives[order]?.candidateIndex : updates[order]?.index;
      if (index === undefined) continue;
      const list = found.get(index) ?? [];
      list.push({ ...item, field: fieldName((match[3] ?? '').split('.')) });
      found.set(index, list);
    }
    return found;
  }

  const submit = form.handleSubmit(
    (input) => confirm.mutate(input, { onSuccess: (result) => setSourceId(result.sourceId), onError: showFailure }),
    () => setStale(null),
  );

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
      <form ref={form.formRef} className="official-form" noValidate onSubmit={submit}>
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
          error={fieldErrorText(form.errors.publishedAt, 'imports.errors.publishedAt')}
        >
          {(control) => (
            <input {...control} type="date" min={earliestPlanDay} max={latestPlanDay} {...form.field('publishedAt')} />
          )}
        </FormField>
        <FormFooter
          error={form.errors.form}
          submitLabel={t('imports.confirm.submit')}
          pending={confirm.isPending}
          disabled={initiatives.length + updates.length === 0}
        />
      </form>
    </section>
  );
}
