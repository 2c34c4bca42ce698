import type { LocalizedText as Text } from '@civic/shared/schemas';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

export interface SourceFactsProps {
  source: { publisher: Text; publishedAt: string | null };
  /** Further facts, each a <div> of <dt> and <dd>. */
  children?: ReactNode;
}

/** Who published a document and on which day, or that it states none. */
export function SourceFacts({ source, children }: SourceFactsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <dl className="facts facts-inline">
      <div>
        <dt>{t('source.publisher')}</dt>
        <dd>
          <LocalizedText value={source.publisher} />
        </dd>
      </div>
      <div>
        <dt>{t('source.published')}</dt>
        <dd>{source.publishedAt ? formatDate(source.publishedAt, lang) : t('source.dateUnknown')}</dd>
      </div>
      {children}
    </dl>
  );
}
