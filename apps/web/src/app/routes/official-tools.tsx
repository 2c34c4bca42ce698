import type { InitiativeDetail } from '@civic/shared/schemas';
import { useInitiativeHistory } from '../../features/initiative/api/get-initiative-history.ts';
import { DetailsForm } from '../../features/initiative-edit/components/details-form.tsx';
import { FollowChildren } from '../../features/initiative-edit/components/follow-children.tsx';
import { progressSetOn } from '../../features/initiative-edit/progress-set-on.ts';
import { MilestonesEditor } from '../../features/milestones/components/milestones-editor.tsx';
import { StatusChangeForm } from '../../features/status-change/components/status-change-form.tsx';

export interface OfficialToolsProps {
  initiative: InitiativeDetail;
  /** Called with the fresh initiative when it is known, else with nothing; refreshes what shows it. */
  onChanged: (detail?: InitiativeDetail) => void;
}

/** An official's editing tools for one initiative; loaded only for logged-in officials. */
export default function OfficialTools({ initiative, onChanged }: OfficialToolsProps) {
  const history = useInitiativeHistory(initiative.id).data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <FollowChildren initiative={initiative} setOn={progressSetOn(history)} onChanged={onChanged} />
      <StatusChangeForm initiative={initiative} onChanged={onChanged} />
      <MilestonesEditor initiativeId={initiative.id} milestones={initiative.milestones} onChanged={() => onChanged()} />
      <DetailsForm initiative={initiative} onChanged={onChanged} />
    </>
  );
}
