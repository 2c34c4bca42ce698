import type { SourcePassage } from '@civic/shared/schemas';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../lib/i18n.ts';
import { pickText } from '../../../lib/pick-text.ts';
import { segmentText } from '../../../lib/segment-text.ts';

export interface HighlightedTextProps {
  text: string;
  passages: SourcePassage[];
  /** The passage named in the address (#passage-<id>). */
  targetId: string | null;
}

/** The article with each extracted passage marked, anchored for deep links, and linked to its initiative. */
export function HighlightedText({ text, passages, targetId }: HighlightedTextProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const paragraphs = useMemo(() => segmentText(text, passages), [text, passages]);
  const byId = new Map(passages.map((p, index) => [p.initiativeId, { passage: p, n: index + 1 }]));

  return (
    <div className="article-text" lang="ru">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.segments.map((segment) => {
            if (segment.passageIds.length === 0) return <Fragment key={segment.start}>{segment.text}</Fragment>;
            const [anchor, ...moreAnchors] = segment.opens;
            return (
              <Fragment key={segment.start}>
                {moreAnchors.map((id) => (
                  <span key={id} id={`passage-${id}`} tabIndex={-1} />
                ))}
                <mark
                  id={anchor ? `passage-${anchor}` : undefined}
                  tabIndex={anchor ? -1 : undefined}
                  data-passages={segment.passageIds.join(' ')}
                  className={targetId && segment.passageIds.includes(targetId) ? 'passage is-target' : 'passage'}
                >
                  {segment.text}
                </mark>
                {segment.closes.map((id) => {
                  const entry = byId.get(id);
                  if (!entry) return null;
                  const title = pickText(entry.passage.title, lang).text;
                  return (
                    <Link key={id} to={`/initiatives/${id}`} className="passage-link" lang={lang}>
                      <span aria-hidden="true">{entry.n}</span>
                      <span className="visually-hidden">{t('source.passageLink', { n: entry.n, title })}</span>
                    </Link>
                  );
                })}
              </Fragment>
            );
          })}
        </p>
      ))}
    </div>
  );
}
