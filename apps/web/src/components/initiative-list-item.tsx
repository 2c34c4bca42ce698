import type { LocalizedText as Localized } from '@civic/shared/schemas';
import type { Status } from '@civic/shared/vocabulary';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LocalizedText } from './localized-text.tsx';
import { StatusBadge } from './status-badge.tsx';
import './initiative-list.css';

export interface InitiativeListItemProps {
  id: string;
  title: Partial<Localized>;
  status: Status;
  /** Why the initiative is on the list, e.g. "not assessed yet" or its overdue date. */
  reason: ReactNode;
}

/** One initiative in a work list (attention, monitor): its title as a link, its status and why it is listed. Goes inside `ul.initiative-list`. */
export function InitiativeListItem({ id, title, status, reason }: InitiativeListItemProps) {
  return (
    <li className="initiative-list-item">
      <Link to={`/initiatives/${id}`}>
        <LocalizedText value={title} />
      </Link>
      <span className="initiative-list-meta">
        <StatusBadge status={status} />
        <span>{reason}</span>
      </span>
    </li>
  );
}
