import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/auth/api/get-me.ts';
import { RequireOfficial } from '../../features/auth/components/require-official.tsx';
import { SpreadsheetImportPage } from '../../features/spreadsheets/components/spreadsheet-import-page.tsx';

/** Officials and admins update from a spreadsheet; a monitor assesses and is told so. */
function OfficialsOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.data?.role === 'monitor') return <p className="card">{t('spreadsheets.officialsOnly')}</p>;
  return children;
}

export default function SpreadsheetImportsRoute() {
  const { t } = useTranslation();
  return (
    <SpreadsheetImportPage
      guard={(steps) => (
        <RequireOfficial loginPrompt={t('spreadsheets.loginFirst')}>
          <OfficialsOnly>{steps}</OfficialsOnly>
        </RequireOfficial>
      )}
    />
  );
}
