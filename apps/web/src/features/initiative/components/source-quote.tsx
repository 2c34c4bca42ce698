import type { SourceSpan } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCitations } from '../api/get-citations.ts';

export interface SourceQuoteProps {
  initiativeId: string;
  source: SourceSpan;
}

/**
 * The sentence the initiative was drawn from, verbatim, with a link to its place in the source; below
 * it, every later source whose passage an update cited as evidence, oldest first.
 */
export function SourceQuote({ initiativeId, source }: SourceQuoteProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const citations = useCitations(initiativeId);
  const later = (citations.data?.items ?? []).filter((item) => item.citation === 'evidence');
  const href = `/sources/${source.documentId}#passage-${initiativeId}`;
  return (
    <section className="card" aria-labelledby="quote-heading">
      <h2 id="quote-heading">{t('initiative.quote')}</h2>
      <figure className="source-quote">
        <blockquote lang="ru" cite={href}>
          <p>{source.quote}</p>
        </blockquote>
        <figcaption>
          <Link to={href}>{t('initiative.openInSource')}</Link>
        </figcaption>
      </figure>
      {later.length > 0 && (
        <>
          <h3 id="cited-heading">{t('initiative.citedLater')}</h3>
          <ol className="citations" aria-labelledby="cited-heading">
            {later.map((item) => (
              <li key={`${item.documentId}-${item.start}-${item.at}`}>
                <figure className="source-quote">
                  <blockquote lang="ru" cite={`/sources/${item.documentId}`}>
                    <p>{item.quote}</p>
                  </blockquote>
                  <figcaption>
                    <Link to={`/sources/${encodeURIComponent(item.documentId)}#passage-${initiativeId}`}>
                      <LocalizedText value={item.title} />
                    </Link>
                    {' · '}
                    {item.publishedAt ? formatDate(item.publishedAt, lang) : t('source.dateUnknown')}
                  </figcaption>
                </figure>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
