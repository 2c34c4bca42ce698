import type { InitiativeDetail } from '@civic/shared/schemas';
import { MilestonesEditor } from '../../features/milestones/components/milestones-editor.tsx';
import { StatusChangeForm } from '../../features/status-change/components/status-change-form.tsx';

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
