import { useTranslation } from 'react-i18next';
import type { QueryParams } from '../../../lib/api-client.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { siteFeed } from '../export-urls.ts';
import { FeedSubscribe } from './feed-subscribe.tsx';

/** "Subscribe" to the changes of the initiatives the list's filters pick (of every one without), in the page's language. */
export function SubscribeLink({ filters }: { filters?: QueryParams }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { href, title } = siteFeed(lang, filters);
  return <FeedSubscribe href={href} title={title} label={t('export.subscribe')} />;
}
