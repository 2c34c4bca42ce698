import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useIsOfficial } from '../api/get-me.ts';

/** The main navigation's entries for officials and admins (spreadsheet update, press-release import); none for others. */
export default function RoleNavLinks() {
  const { t } = useTranslation();
  if (!useIsOfficial()) return null;
  return (
    <>
      <li>
        <NavLink to="/spreadsheet-imports">{t('nav.spreadsheets')}</NavLink>
      </li>
      <li>
        <NavLink to="/imports/new">{t('nav.imports')}</NavLink>
      </li>
    </>
  );
}
