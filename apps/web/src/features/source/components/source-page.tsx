import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { QueryState } from '../../../components/page-states.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { useLanguage } from '../../../lib/i18n.ts';
import { pickText } from '../../../lib/pick-text.ts';
import { useSource } from '../api/get-source.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { SourceFacts } from './source-facts.tsx';

export default function SourcePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLanguage();
  const { hash } = useLocation();
  const query = useSource(id);
  const targetId = hash.startsWith('#passage-') ? decodeURIComponent(hash.slice('#passage-'.length)) : null;
  const passages = useMemo(
    () => [...(query.data?.passages ?? [])].sort((a, b) => a.start - b.start),
    [query.data?.passages],
  );

  // The text arrives after the address: bring the named passage into view once it is on the page.
  useEffect(() => {
    if (!targetId || !query.data) return;
    const element = document.getElementById(`passage-${targetId}`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [targetId, query.data]);

  return (
    <QueryState query={query} notFoundTitle={t('source.notFound')}>
      {(source) => (
        <div className="page source-page">
          <PageTitle title={pickText(source.title, lang).text} />
          <header className="page-header">
            <p className="eyebrow">{t('source.title')}</p>
            <h1>
              <LocalizedText value={source.title} />
            </h1>
            <SourceFacts source={source} />
          </header>
          <div className="source-layout">
            <section className="card article" aria-labelledby="article-heading">
              <h2 id="article-heading">{t('source.article')}</h2>
              <HighlightedText text={source.text} passages={passages} targetId={targetId} />
            </section>
            <nav className="card passages" aria-labelledby="passages-heading">
              <h2 id="passages-heading">{t('source.passages')}</h2>
              <p className="muted">{t('source.passagesIntro')}</p>
              <ol>
                {passages.map((passage) => (
                  <li key={passage.initiativeId}>
                    <Link to={`/initiatives/${passage.initiativeId}`}>
                      <LocalizedText value={passage.title} />
                    </Link>{' '}
                    <Link to={{ hash: `#passage-${passage.initiativeId}` }} className="small-link">
                      {t('source.toPassage')}
                    </Link>
                  </li>
                ))}
              </ol>
            </nav>
          </div>
        </div>
      )}
    </QueryState>
  );
}
