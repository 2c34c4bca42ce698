import { useTranslation } from 'react-i18next';
import { readSeparator } from '../../../lib/csv-separator.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { historyCsvUrl, initiativeFeedUrl } from '../export-urls.ts';
import { useFeedLink } from '../use-feed-link.ts';
import '../export.css';

export interface InitiativeExportsProps {
  initiativeId: string;
}

/** One initiative's history as CSV and its own Atom feed. */
export function InitiativeExports({ initiativeId }: InitiativeExportsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const feed = initiativeFeedUrl(initiativeId);
  useFeedLink(feed, t('export.initiativeFeedTitle'));
  return (
    <>
      <a
        className="button button-secondary export-link"
        href={historyCsvUrl(initiativeId, lang, readSeparator())}
        download
      >
        {t('export.historyCsv')}
      </a>
      <a className="button button-secondary export-link" href={feed} type="application/atom+xml">
        {t('export.subscribeInitiative')}
      </a>
    </>
  );
}
