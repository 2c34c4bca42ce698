import type { Status } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';
import { statusColors } from './status-colors.ts';

export interface StatusBadgeProps {
  status: Status;
}

export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <span className="status-badge" data-status={status}>
      <span className="status-dot" style={{ background: statusColors[status] }} aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
