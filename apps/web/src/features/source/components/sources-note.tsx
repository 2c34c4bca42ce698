import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { useSources } from '../api/list-sources.ts';

/** How many named sources a note lists before it says "and N more". */
const listed = 3;

/**
 * Says which press releases the data comes from, by name, each linked to its text; until the list
 * arrives (or when it cannot), a sentence that names no document.
 */
export function SourcesNote() {
  const { t } = useTranslation();
  const query = useSources();
  const items = query.data?.items ?? [];
  if (items.length === 0) return <p>{t('sources.general')}</p>;
  const more = items.length - listed;
  return (
    <p>
      {t('sources.dataFrom', { count: items.length })}{' '}
      {items.slice(0, listed).map((source, index) => (
        <span key={source.id}>
          {index > 0 ? '; ' : ''}«
          <Link to={`/sources/${encodeURIComponent(source.id)}`}>
            <LocalizedText value={source.title} />
          </Link>
          »
        </span>
      ))}
      {more > 0 ? ` ${t('sources.andMore', { count: more })}` : ''}.
    </p>
  );
}
