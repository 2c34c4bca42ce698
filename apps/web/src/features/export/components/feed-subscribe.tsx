import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedLink } from '../use-feed-link.ts';
import '../export.css';

export interface FeedSubscribeProps {
  /** The feed's path on this site, with its query (e.g. the language). */
  href: string;
  /** The feed's own title, as its <title> says; also announced to feed readers in <head>. */
  title: string;
  /** The button's text. */
  label: string;
}

/**
 * "Subscribe": a disclosure that says what an Atom feed is, offers its full address to copy into a feed
 * reader, and links to the feed itself; the feed is also announced in <head> for readers that look there.
 */
export function FeedSubscribe({ href, title, label }: FeedSubscribeProps) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  useFeedLink(href, title);
  const address = new URL(href, window.location.origin).href;

  async function copy() {
    try {
      await navigator.clipboard.writeText(address);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, or the permission refused): the field stays selected to copy by hand.
      (document.getElementById(`${id}-address`) as HTMLInputElement | null)?.select();
      setCopied('no');
    }
  }

  return (
    <details className="feed-subscribe">
      <summary className="button button-secondary">{label}</summary>
      <div className="feed-subscribe-panel">
        <p>{t('export.feedExplain')}</p>
        <label htmlFor={`${id}-address`}>{t('export.feedAddress')}</label>
        <div className="feed-address">
          <input
            id={`${id}-address`}
            type="url"
            readOnly
            value={address}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            {t('export.copy')}
          </button>
        </div>
        <p className="muted" role="status">
          {copied === 'yes' ? t('export.copied') : copied === 'no' ? t('export.copyByHand') : ''}
        </p>
        <a href={href} type="application/atom+xml">
          {t('export.openFeed')}
        </a>
      </div>
    </details>
  );
}
