import type { InitiativeDetail } from '@civic/shared';
import { MilestonesEditor } from './milestones-editor.tsx';
import { StatusChangeForm } from './status-change-form.tsx';
import '../officials.css';

export interface OfficialToolsProps {
  initiative: InitiativeDetail;
  /** Called with the fresh initiative when it is known, else with nothing; refreshes what shows it. */
  onChanged: (detail?: InitiativeDetail) => void;
}

/** An official's editing tools for one initiative; loaded only for logged-in officials. */
export default function OfficialTools({ initiative, onChanged }: OfficialToolsProps) {
  return (
    <>
      <StatusChangeForm initiative={initiative} onChanged={onChanged} />
      <MilestonesEditor initiativeId={initiative.id} milestones={initiative.milestones} onChanged={() => onChanged()} />
    </>
  );
}
