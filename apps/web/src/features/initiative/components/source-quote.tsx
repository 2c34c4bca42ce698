import type { SourceSpan } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface SourceQuoteProps {
  initiativeId: string;
  source: SourceSpan;
}

/** The sentence the initiative was drawn from, verbatim, with a link to its place in the source. */
export function SourceQuote({ initiativeId, source }: SourceQuoteProps) {
  const { t } = useTranslation();
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
    </section>
  );
}
