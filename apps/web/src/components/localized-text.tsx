import type { LocalizedText as Localized } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../lib/i18n.ts';
import { pickText } from '../lib/pick-text.ts';

export interface LocalizedTextProps {
  value: Partial<Localized> | null | undefined;
}

/** Content in the UI language; where it is missing, the Russian text marked as such and tagged lang="ru". */
export function LocalizedText({ value }: LocalizedTextProps) {
  const lang = useLanguage();
  const { t } = useTranslation();
  const picked = pickText(value, lang);
  if (!picked.fallback) return <>{picked.text}</>;
  return (
    <>
      <span lang="ru">{picked.text}</span>{' '}
      <span className="fallback-tag" title={t('common.fallback')}>
        <span aria-hidden="true">ru</span>
        <span className="visually-hidden">({t('common.fallback')})</span>
      </span>
    </>
  );
}
