import type { Language } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { changeLanguage, uiLanguages, useLanguage } from '../lib/i18n.ts';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();

  function choose(next: Language) {
    void changeLanguage(next);
    // A ?lang= left in the address would undo the choice on reload.
    if (searchParams.has('lang')) {
      const params = new URLSearchParams(searchParams);
      params.set('lang', next);
      setSearchParams(params, { replace: true });
    }
  }

  return (
    <label className="language-switcher">
      <span className="language-label">{t('language.label')}</span>
      <select value={lang} onChange={(event) => choose(event.target.value as Language)}>
        {uiLanguages.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
