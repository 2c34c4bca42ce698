import { useTranslation } from 'react-i18next';
import { readSeparator } from '../../../lib/csv-separator.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { historyCsvUrl, initiativeFeedUrl } from '../export-urls.ts';
import '../export.css';
import { FeedSubscribe } from './feed-subscribe.tsx';

export interface InitiativeExportsProps {
  initiativeId: string;
}

/** One initiative's history as CSV and its own Atom feed. */
export function InitiativeExports({ initiativeId }: InitiativeExportsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      <a
        className="button button-secondary export-link"
        href={historyCsvUrl(initiativeId, lang, readSeparator())}
        download
      >
        {t('export.historyCsv')}
      </a>
      <FeedSubscribe
        href={initiativeFeedUrl(initiativeId, lang)}
        title={t('export.initiativeFeedTitle')}
        label={t('export.subscribeInitiative')}
      />
    </>
  );
}
