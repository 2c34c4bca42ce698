import type { InitiativeDetail } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { initiativeTitle } from '../../../lib/pick-text.ts';

export interface RelatedInitiativesProps {
  initiative: InitiativeDetail;
}

/** Children with their status, and "reflected in" links both ways. */
export function RelatedInitiatives({ initiative }: RelatedInitiativesProps) {
  const { t } = useTranslation();
  const groups = [
    { label: t('initiative.reflectedIn'), items: initiative.relations.filter((r) => r.direction === 'out') },
    { label: t('initiative.reflects'), items: initiative.relations.filter((r) => r.direction === 'in') },
  ].filter((group) => group.items.length > 0);
  return (
    <>
      {initiative.children.length > 0 && (
        <section className="card" aria-labelledby="children-heading">
          <h2 id="children-heading">{t('initiative.children')}</h2>
          <ul className="child-list">
            {initiative.children.map((child) => (
              <li key={child.id}>
                <Link to={`/initiatives/${child.id}`}>
                  <LocalizedText value={initiativeTitle(child)} />
                </Link>
                <span className="child-meta">
                  <StatusBadge status={child.status} />
                  <ProgressBar value={child.progress} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {groups.length > 0 && (
        <section className="card" aria-labelledby="relations-heading">
          <h2 id="relations-heading">{t('initiative.relations')}</h2>
          {groups.map((group) => (
            <div key={group.label}>
              <h3>{group.label}</h3>
              <ul className="link-list">
                {group.items.map((relation) => (
                  <li key={relation.id}>
                    <Link to={`/initiatives/${relation.id}`}>
                      <LocalizedText value={relation.title} />
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </>
  );
}
