import { OpenDataLink } from '../../features/export/components/open-data-link.tsx';
import { SubscribeLink } from '../../features/export/components/subscribe-link.tsx';
import OverviewPage from '../../features/overview/components/overview-page.tsx';
import { SourcesNote } from '../../features/source/components/sources-note.tsx';

export default function OverviewRoute() {
  return (
    <OverviewPage
      sources={<SourcesNote />}
      actions={
        <>
          <SubscribeLink />
          <OpenDataLink />
        </>
      }
    />
  );
}
