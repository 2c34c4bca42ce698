import type { SourceSummary } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { QueryState } from '../../../components/page-states.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { useSources } from '../api/list-sources.ts';
import { SourceFacts } from './source-facts.tsx';

/** /sources: every document the initiatives quote, with its publisher, its own date and what cites it. */
export default function SourcesPage() {
  const query = useSources();

  return <QueryState query={query}>{(sources) => <SourcesList items={sources.items} />}</QueryState>;
}

function SourcesList({ items }: { items: SourceSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="page sources-page">
      <PageTitle title={t('sources.title')} />
      <header className="page-header">
        <h1>{t('sources.title')}</h1>
        <p className="muted">{t('sources.intro')}</p>
      </header>
      <ol className="sources-list">
        {items.map((source) => (
          <li key={source.id} className="card">
            <h2>
              <Link to={`/sources/${encodeURIComponent(source.id)}`}>
                <LocalizedText value={source.title} />
              </Link>
            </h2>
            <SourceFacts source={source}>
              <div>
                <dt>{t('sources.initiatives')}</dt>
                <dd>{source.initiativeCount}</dd>
              </div>
              <div>
                <dt>{t('sources.updates')}</dt>
                <dd>{source.updateCount}</dd>
              </div>
            </SourceFacts>
          </li>
        ))}
      </ol>
    </div>
  );
}
