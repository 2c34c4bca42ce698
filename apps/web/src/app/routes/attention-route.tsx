import { useTranslation } from 'react-i18next';
import { AttentionPage } from '../../features/attention/components/attention-page.tsx';
import { RequireOfficial } from '../../features/auth/components/require-official.tsx';

export default function AttentionRoute() {
  const { t } = useTranslation();
  return (
    <AttentionPage
      guard={(lists) => <RequireOfficial loginPrompt={t('officials.attention.loginFirst')}>{lists}</RequireOfficial>}
    />
  );
}
