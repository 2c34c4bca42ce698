import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/page-title.tsx';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="state state-error">
      <PageTitle title={t('common.notFound')} />
      <h1>{t('common.notFound')}</h1>
      <p>{t('common.notFoundText')}</p>
      <Link to="/">{t('common.backHome')}</Link>
    </div>
  );
}
