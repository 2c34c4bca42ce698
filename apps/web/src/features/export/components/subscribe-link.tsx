import { useTranslation } from 'react-i18next';
import { siteFeedUrl } from '../export-urls.ts';
import { useFeedLink } from '../use-feed-link.ts';
import '../export.css';

/** "Subscribe" to every initiative's changes; also announces the feed to feed readers. */
export function SubscribeLink() {
  const { t } = useTranslation();
  useFeedLink(siteFeedUrl, t('export.feedTitle'));
  return (
    <a className="button button-secondary export-link" href={siteFeedUrl} type="application/atom+xml">
      {t('export.subscribe')}
    </a>
  );
}
