import type { InitiativeDetail } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';

export interface InitiativeFactsProps {
  initiative: InitiativeDetail;
}

export function InitiativeFacts({ initiative }: InitiativeFactsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <dl className="facts">
      <div>
        <dt>{t('initiative.owner')}</dt>
        <dd>
          <LocalizedText value={initiative.owner.name} />
        </dd>
      </div>
      <div>
        <dt>{t('initiative.kind')}</dt>
        <dd>{t(`kind.${initiative.kind}`)}</dd>
      </div>
      {initiative.parent && (
        <div>
          <dt>{t('initiative.parent')}</dt>
          <dd>
            <Link to={`/initiatives/${initiative.parent.id}`}>
              <LocalizedText value={initiative.parent.title} />
            </Link>
          </dd>
        </div>
      )}
      <div>
        <dt>{t('initiative.targetDate')}</dt>
        <dd>
          {initiative.targetDate ? formatDate(initiative.targetDate, lang) : t('common.notSet')}
          {initiative.overdue && <span className="mark mark-overdue">{t('initiative.overdue')}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('initiative.lastVerified')}</dt>
        <dd>
          {initiative.lastVerifiedAt ? (
            <time dateTime={initiative.lastVerifiedAt}>{formatDate(initiative.lastVerifiedAt, lang)}</time>
          ) : (
            t('initiative.neverVerified')
          )}
          {initiative.stale && <span className="mark mark-stale">{t('initiative.stale')}</span>}
        </dd>
      </div>
    </dl>
  );
}
