import { useTranslation } from 'react-i18next';
import { RequireOfficial } from '../../features/auth/components/require-official.tsx';
import { ImportNewPage } from '../../features/imports/components/import-new-page.tsx';
import { ImportReviewPage } from '../../features/imports/components/import-review-page.tsx';

/** /imports/new and /imports/:id: officials only; a visitor is asked to log in. */
export default function ImportsRoute({ page }: { page: 'new' | 'review' }) {
  const { t } = useTranslation();
  return (
    <RequireOfficial loginPrompt={t('imports.loginFirst')}>
      {page === 'new' ? <ImportNewPage /> : <ImportReviewPage />}
    </RequireOfficial>
  );
}
