import { ExportCsv } from '../../features/export/components/export-csv.tsx';
import { SubscribeLink } from '../../features/export/components/subscribe-link.tsx';
import InitiativesPage from '../../features/initiatives/components/initiatives-page.tsx';

export default function InitiativesRoute() {
  return (
    <InitiativesPage
      tools={(query) => (
        <>
          <ExportCsv filters={query} />
          <SubscribeLink filters={query} />
        </>
      )}
    />
  );
}
