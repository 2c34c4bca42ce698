import type { ImportCandidate } from '@civic/shared/schemas';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentText } from '../../../lib/segment-text.ts';
import type { Decision } from '../review-model.ts';

export interface ReviewTextProps {
  id: string;
  text: string;
  /** The text's language, as the import states it. */
  lang: string;
  candidates: readonly ImportCandidate[];
  decisions: readonly Decision[];
  /** The candidate the official is looking at: its passage stands out. */
  current: number | null;
  onPick: (index: number) => void;
}

const keyOf = (index: number) => `c${index}`;

/** The imported text with each candidate's exact passage marked and numbered; a number leads to its card. */
export function ReviewText({ id, text, lang, candidates, decisions, current, onPick }: ReviewTextProps) {
  const { t } = useTranslation();
  const paragraphs = useMemo(
    () =>
      segmentText(
        text,
        candidates.map((candidate, index) => ({
          initiativeId: keyOf(index),
          start: candidate.start,
          end: candidate.end,
        })),
      ),
    [text, candidates],
  );
  const indexOf = (key: string) => Number(key.slice(1));

  return (
    <div className="article-text review-text" id={id} lang={lang}>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.segments.map((segment) => {
            if (segment.passageIds.length === 0) return <Fragment key={segment.start}>{segment.text}</Fragment>;
            const indexes = segment.passageIds.map(indexOf);
            const decision = decisions[indexes[indexes.length - 1] ?? 0] ?? 'pending';
            return (
              <Fragment key={segment.start}>
                <mark
                  id={segment.opens[0] ? `candidate-text-${indexOf(segment.opens[0])}` : undefined}
                  tabIndex={segment.opens[0] ? -1 : undefined}
                  className={`passage is-${decision}${current !== null && indexes.includes(current) ? ' is-target' : ''}`}
                >
                  {segment.text}
                </mark>
                {segment.closes.map((key) => (
                  <button
                    key={key}
                    type="button"
                    className="passage-link"
                    onClick={() => onPick(indexOf(key))}
                    aria-label={t('imports.review.toCandidate', { n: indexOf(key) + 1 })}
                  >
                    {indexOf(key) + 1}
                  </button>
                ))}
              </Fragment>
            );
          })}
        </p>
      ))}
    </div>
  );
}
