import type { Assessment } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

export interface AssessmentDetailsProps {
  assessment: Assessment;
}

/** Who assessed and when, the rationale and the evidence links of one assessment. */
export function AssessmentDetails({ assessment }: AssessmentDetailsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      <p className="timeline-meta">
        <span>{t('assessment.by', { organisation: assessment.organisation, assessor: assessment.assessor })}</span>
        <time dateTime={assessment.asOf}>{t('assessment.asOf', { date: formatDate(assessment.asOf, lang) })}</time>
      </p>
      <p className="timeline-note">{assessment.rationale}</p>
      {assessment.evidenceUrls.length > 0 && (
        <ul className="evidence-links" aria-label={t('assessment.evidence')}>
          {assessment.evidenceUrls.map((url) => (
            <li key={url}>
              <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                {url}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
