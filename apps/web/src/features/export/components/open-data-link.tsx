import { useTranslation } from 'react-i18next';
import { openDataUrl } from '../export-urls.ts';
import '../export.css';

export function OpenDataLink() {
  const { t } = useTranslation();
  return (
    <a className="button button-secondary export-link" href={openDataUrl} download>
      {t('export.openData')}
    </a>
  );
}
