import type { Stats } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber, formatPercent } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

export interface KpiCardsProps {
  stats: Stats;
}

export function KpiCards({ stats }: KpiCardsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const cards = [
    { key: 'total', value: formatNumber(stats.total, lang), to: '/initiatives' },
    { key: 'completed', value: formatNumber(stats.byStatus.completed ?? 0, lang), to: '/initiatives?status=completed' },
    {
      key: 'inProgress',
      value: formatNumber(stats.byStatus.in_progress ?? 0, lang),
      to: '/initiatives?status=in_progress',
    },
    {
      key: 'underReview',
      value: formatNumber(stats.byStatus.under_review ?? 0, lang),
      to: '/initiatives?status=under_review',
    },
    { key: 'overdue', value: formatNumber(stats.overdue, lang), to: '/initiatives?overdue=true' },
    {
      key: 'stale',
      value: formatNumber(stats.stale, lang),
      to: '/initiatives?stale=true',
      hint: t('overview.staleHint', { count: stats.staleAfterDays }),
    },
    {
      key: 'disagreement',
      label: t('assessment.kpi'),
      value: formatNumber(stats.disagreement, lang),
      to: '/initiatives?assessment=disagree',
    },
    { key: 'meanProgress', value: formatPercent(stats.meanProgress, lang) },
  ];
  return (
    <ul className="kpis" aria-label={t('overview.kpiLabel')}>
      {cards.map((card) => {
        const body = (
          <>
            <span className="kpi-label">{'label' in card ? card.label : t(`overview.kpi.${card.key}`)}</span>
            <span className="kpi-value" data-kpi={card.key}>
              {card.value}
            </span>
            {card.hint && <span className="kpi-hint">{card.hint}</span>}
          </>
        );
        return (
          <li key={card.key} className="kpi card">
            {card.to ? (
              <Link to={card.to} className="kpi-link">
                {body}
              </Link>
            ) : (
              body
            )}
          </li>
        );
      })}
    </ul>
  );
}

const placeholderKeys = [
  'total',
  'completed',
  'inProgress',
  'underReview',
  'overdue',
  'stale',
  'disagreement',
  'meanProgress',
];

/** The cards' outline while the numbers load, the same size as the cards, so nothing below them moves. */
export function KpiCardsPlaceholder() {
  const { t } = useTranslation();
  return (
    <>
      <p className="visually-hidden" role="status">
        {t('common.loading')}
      </p>
      <ul className="kpis kpis-placeholder" aria-hidden="true">
        {placeholderKeys.map((key) => (
          <li key={key} className="kpi card">
            <span className="kpi-link">
              <span className="kpi-label">
                {key === 'disagreement' ? t('assessment.kpi') : t(`overview.kpi.${key}`)}
              </span>
              <span className="kpi-value">–</span>
              {key === 'stale' && <span className="kpi-hint">{t('overview.staleHint', { count: 0 })}</span>}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
