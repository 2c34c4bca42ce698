import type { ImportCandidate, ImportDraft } from '@civic/shared/schemas';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/page-states.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useOwners } from '../../../lib/owners.ts';
import { useImport } from '../api/get-import.ts';
import { useTracked } from '../api/get-tracked.ts';
import {
  addedCandidate,
  addedReview,
  type InitiativeFields,
  initialReviews,
  type Review,
  type UpdateFields,
} from '../review-model.ts';
import { AddPassageForm } from './add-passage-form.tsx';
import { ConfirmPanel } from './confirm-panel.tsx';
import { InitiativeCard } from './initiative-card.tsx';
import { ReviewText } from './review-text.tsx';
import { UpdateCard } from './update-card.tsx';
import '../imports.css';

export function ImportReviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useImport(id);
  return (
    <QueryState query={query} notFoundTitle={t('imports.review.notFound')}>
      {(draft) => <DraftReview draft={draft} key={draft.id} />}
    </QueryState>
  );
}

function DraftReview({ draft: proposed }: { draft: ImportDraft }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // The rules' candidates, then the passages the official added by hand: one list for the text, cards and confirm.
  const [added, setAdded] = useState<ImportCandidate[]>([]);
  const draft = useMemo(() => ({ ...proposed, candidates: [...proposed.candidates, ...added] }), [proposed, added]);
  const [reviews, setReviews] = useState<Review[]>(() => initialReviews(proposed));
  const [current, setCurrent] = useState<number | null>(null);
  const [problems, setProblems] = useState<Map<number, { field: string; message: string }[]>>(new Map());
  const owners = useOwners().data ?? [];
  const trackedIds = useMemo(
    () => [...new Set(draft.candidates.flatMap((c) => (c.matchId ? [c.matchId] : [])))],
    [draft.candidates],
  );
  const tracked = useTracked(trackedIds);
  const confirmed = draft.state === 'confirmed';

  const decide = (index: number) => (decision: Review['decision'], fields: InitiativeFields | UpdateFields) =>
    setReviews((all) => all.map((review, i) => (i === index ? { decision, fields } : review)));
  const goTo = (target: string, index: number) => {
    setCurrent(index);
    const element = document.getElementById(target);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  };
  const add = (quote: string) => {
    const index = draft.candidates.length;
    const candidate = addedCandidate(draft.text, quote);
    setAdded((list) => [...list, candidate]);
    setReviews((all) => [...all, addedReview(candidate, draft.id, index)]);
    setCurrent(index);
    // The new card exists after this render: bring the official to it.
    requestAnimationFrame(() => goTo(`candidate-${index}`, index));
  };

  return (
    <div className="page import-review">
      <PageTitle title={draft.title} />
      <header className="page-header">
        <p className="eyebrow">{t('imports.review.eyebrow')}</p>
        <h1 lang={draft.language}>{draft.title}</h1>
        <p className="muted">
          {t('imports.review.startedBy', { name: draft.createdBy, at: formatDateTime(draft.createdAt, lang) })} ·{' '}
          {draft.origin === 'pasted' ? t('imports.review.pasted') : draft.origin} · {draft.publisher}
        </p>
        {confirmed && draft.sourceId && (
          <p className="form-success" role="status">
            {t('imports.review.confirmed')}{' '}
            <Link to={`/sources/${draft.sourceId}`}>{t('imports.review.openSource')}</Link>
          </p>
        )}
      </header>
      {!draft.rulesAvailable && (
        <p className="form-alert" role="note">
          {t('imports.review.noRules')}
        </p>
      )}
      <div className="review-layout">
        <section className="card article" aria-labelledby="review-text-heading">
          <h2 id="review-text-heading">{t('imports.review.text')}</h2>
          <ReviewText
            id="review-text"
            text={draft.text}
            lang={draft.language}
            candidates={draft.candidates}
            decisions={reviews.map((review) => review.decision)}
            current={current}
            onPick={(index) => goTo(`candidate-${index}`, index)}
          />
        </section>
        <section className="review-candidates" aria-labelledby="review-candidates-heading">
          <h2 id="review-candidates-heading">{t('imports.review.candidates', { count: draft.candidates.length })}</h2>
          {proposed.candidates.length === 0 && <p className="muted">{t('imports.review.none')}</p>}
          {draft.candidates.map((candidate, index) => {
            const review = reviews[index];
            if (!review) return null;
            const common = {
              key: `${candidate.start}-${candidate.end}`,
              index,
              candidate,
              decision: review.decision,
              problems: problems.get(index) ?? none,
              onShow: () => goTo(`candidate-text-${index}`, index),
              settled: confirmed,
            };
            return candidate.matchId ? (
              <UpdateCard
                {...common}
                tracked={tracked.get(candidate.matchId)}
                fields={review.fields as UpdateFields}
                onDecide={decide(index)}
              />
            ) : (
              <InitiativeCard
                {...common}
                added={index >= proposed.candidates.length}
                fields={review.fields as InitiativeFields}
                owners={owners}
                proposedOwners={draft.owners}
                onDecide={decide(index)}
              />
            );
          })}
          {!confirmed && <AddPassageForm textId="review-text" lang={draft.language} onAdd={add} />}
          <ConfirmPanel draft={draft} reviews={reviews} tracked={tracked} onProblems={setProblems} />
        </section>
      </div>
    </div>
  );
}

const none: { field: string; message: string }[] = [];
