import { useParams } from 'react-router';
import InitiativePage from '../../features/initiative/components/initiative-page.tsx';

/**
 * Composes the initiative page. Other features slot in here without the page importing them:
 * `actions` (e.g. Export CSV, Subscribe links) and `aside` (e.g. an official's "Update status" form).
 */
export default function InitiativeRoute() {
  const { id = '' } = useParams();
  return <InitiativePage id={id} actions={null} aside={null} />;
}
