import type { InitiativeDetail } from '@civic/shared/schemas';
import { AssessmentForm } from '../../features/assessment/components/assessment-form.tsx';

export interface MonitorToolsProps {
  initiative: InitiativeDetail;
  onChanged: (detail?: InitiativeDetail) => void;
}

/** A monitor's tools for one initiative; loaded only for logged-in monitors. */
export default function MonitorTools({ initiative, onChanged }: MonitorToolsProps) {
  return <AssessmentForm initiative={initiative} onChanged={onChanged} />;
}
