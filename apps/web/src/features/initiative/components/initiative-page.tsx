import type { InitiativeDetail } from '@civic/shared/schemas';
import { childrenProgress } from '@civic/shared/vocabulary';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { QueryState } from '../../../components/page-states.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatPercent } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { initiativeSummary, initiativeTitle, pickText } from '../../../lib/pick-text.ts';
import { useInitiative } from '../api/get-initiative.ts';
import { AssessmentRecord } from './assessment-record.tsx';
import { HistoryTimeline } from './history-timeline.tsx';
import { IndependentRating } from './independent-rating.tsx';
import { InitiativeFacts } from './initiative-facts.tsx';
import { LegislativeStepper } from './legislative-stepper.tsx';
import { MilestonesList } from './milestones-list.tsx';
import { ProgressHistory } from './progress-history.tsx';
import { RelatedInitiatives } from './related-initiatives.tsx';
import { SourceQuote } from './source-quote.tsx';

export interface InitiativePageProps {
  id: string;
  /** Links beside the title, e.g. "Export CSV" and "Subscribe". */
  actions?: ReactNode;
  /** The side column's top, e.g. an official's "Update status" form. */
  aside?: ReactNode;
}

export default function InitiativePage({ id, actions, aside }: InitiativePageProps) {
  const { t } = useTranslation();
  const query = useInitiative(id);
  return (
    <QueryState query={query} notFoundTitle={t('common.initiativeNotFound')}>
      {(initiative) => <InitiativeView initiative={initiative} actions={actions} aside={aside} />}
    </QueryState>
  );
}

function InitiativeView({
  initiative,
  actions,
  aside,
}: Omit<InitiativePageProps, 'id'> & { initiative: InitiativeDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // A parent whose progress was typed in no longer follows its children: say so, with what they say.
  const byHand = initiative.progressSource === 'explicit' ? childrenProgress(initiative.children) : null;

  return (
    <article className="page initiative-page">
      <PageTitle title={pickText(initiativeTitle(initiative), lang).text} />
      <nav aria-label={t('initiative.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/initiatives">{t('nav.initiatives')}</Link>
          </li>
          {initiative.parent && (
            <li>
              <Link to={`/initiatives/${initiative.parent.id}`}>
                <LocalizedText value={initiativeTitle(initiative.parent)} />
              </Link>
            </li>
          )}
        </ol>
      </nav>
      <header className="page-header initiative-header">
        <h1>
          <LocalizedText value={initiativeTitle(initiative)} />
        </h1>
        <div className="initiative-status">
          <StatusBadge status={initiative.status} />
          <span className="kind-tag">{t(`kind.${initiative.kind}`)}</span>
          {initiative.overdue && <span className="mark mark-overdue">{t('initiative.overdue')}</span>}
          {initiative.stale && <span className="mark mark-stale">{t('initiative.stale')}</span>}
        </div>
        <div className="initiative-progress">
          <span className="progress-label" aria-hidden="true">
            {t('initiative.progress')}
          </span>
          <ProgressBar value={initiative.progress} />
        </div>
        {byHand !== null && (
          <p className="progress-note">{t('initiative.progressByHand', { children: formatPercent(byHand, lang) })}</p>
        )}
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      <div className="initiative-layout">
        <div className="initiative-main">
          <section className="card" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{t('initiative.summary')}</h2>
            <p>
              <LocalizedText value={initiativeSummary(initiative)} />
            </p>
          </section>
          <IndependentRating initiative={initiative} />
          {initiative.source && <SourceQuote initiativeId={initiative.id} source={initiative.source} />}
          {initiative.kind === 'legislation' && <LegislativeStepper stage={initiative.legislativeStage} />}
          <RelatedInitiatives initiative={initiative} />
          <MilestonesList milestones={initiative.milestones} />
          <ProgressHistory initiativeId={initiative.id} />
          <HistoryTimeline initiativeId={initiative.id} />
          <AssessmentRecord initiativeId={initiative.id} />
        </div>
        <aside className="initiative-aside" aria-label={t('initiative.details')}>
          {aside}
          <section className="card" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t('initiative.details')}</h2>
            <InitiativeFacts initiative={initiative} />
          </section>
        </aside>
      </div>
    </article>
  );
}
