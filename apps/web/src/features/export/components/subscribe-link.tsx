import { siteFeedTitles } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n.ts';
import { siteFeedUrl } from '../export-urls.ts';
import { FeedSubscribe } from './feed-subscribe.tsx';

/** "Subscribe" to every initiative's changes, in the page's language. */
export function SubscribeLink() {
  const { t } = useTranslation();
  const lang = useLanguage();
  return <FeedSubscribe href={siteFeedUrl(lang)} title={siteFeedTitles[lang]} label={t('export.subscribe')} />;
}
