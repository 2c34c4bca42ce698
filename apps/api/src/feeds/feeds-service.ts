import { historyKindLabel, type Language, productNames, siteFeedTitles, statusLabel } from '@civic/shared';
import { notFound } from '../errors/app-error.ts';
import { historyChangesText, initiativePageUrl, inLanguage } from '../export/csv-rows.ts';
import type { HistoryEntry, HistoryRepository } from '../export/history-repository.ts';
import { decodeHistoryCursor, encodeHistoryCursor } from '../http/page-cursor.ts';
import type { InitiativesRepository } from '../initiatives/initiatives-repository.ts';
import { type ClockSettings, clockAt } from '../initiatives/initiatives-service.ts';
import { type AtomEntry, type AtomFeed, renderAtom } from './atom.ts';

/** How many of the newest changes the site-wide feed carries. */
const latestFeedSize = 50;

/** What an entry's title says happened: the new status for a status change or a creation, else the kind of entry. */
const headline = (change: HistoryEntry, lang: Language) =>
  change.kind === 'status_change' || change.kind === 'created'
    ? statusLabel(change.toStatus, lang)
    : historyKindLabel(change.kind, lang);

function toEntry(change: HistoryEntry, base: string, lang: Language): AtomEntry {
  const parts = [historyChangesText(change, lang), change.note, change.evidenceUrl ?? ''].filter((part) => part);
  return {
    id: `urn:uuid:${change.id}`,
    title: `${inLanguage(change.initiativeTitle, lang)} — ${headline(change, lang)}`,
    updated: change.at,
    // Atom needs an author's name; an entry recorded from the source text has no person, so the product signs it.
    author: change.actor || productNames[lang],
    content: parts.join('\n\n') || historyKindLabel(change.kind, lang),
    link: initiativePageUrl(base, change.initiativeId),
  };
}

export function createFeedsService(
  repositories: { history: HistoryRepository; initiatives: InitiativesRepository },
  settings: ClockSettings,
) {
  const feed = (
    base: string,
    lang: Language,
    changes: HistoryEntry[],
    parts: Omit<AtomFeed, 'updated' | 'entries' | 'author' | 'lang'>,
    fallbackUpdated: string,
  ) =>
    renderAtom({
      ...parts,
      author: productNames[lang],
      lang,
      updated: changes[0]?.at ?? fallbackUpdated,
      entries: changes.map((change) => toEntry(change, base, lang)),
    });

  return {
    /** The newest status changes of every initiative, newest first, titled in `lang`. */
    async latest(base: string, lang: Language): Promise<string> {
      const changes = await repositories.history.latest({ limit: latestFeedSize });
      // One feed id whatever the language, so a reader that switches language keeps what it has read.
      const id = `${base}/api/feed.atom`;
      const parts = { id, selfUrl: `${id}?lang=${lang}`, alternateUrl: `${base}/`, title: siteFeedTitles[lang] };
      return feed(base, lang, changes, parts, settings.now().toISOString());
    },

    /**
     * One initiative's status changes, newest first, `latestFeedSize` a document: a paged feed
     * (RFC 5005, section 3) whose rel="next" link, with `cursor`, leads to the older changes.
     */
    async forInitiative(id: string, base: string, lang: Language, cursor?: string): Promise<string> {
      const before = cursor === undefined ? undefined : decodeHistoryCursor(cursor);
      const initiative = await repositories.initiatives.findById(id, clockAt(settings));
      if (!initiative) throw notFound(`No initiative with id "${id}".`);
      const rows = await repositories.history.latest({
        initiativeId: id,
        limit: latestFeedSize + 1,
        ...(before ? { before } : {}),
      });
      const changes = rows.slice(0, latestFeedSize);
      const feedUrl = `${base}/api/initiatives/${encodeURIComponent(id)}/feed.atom`;
      const last = changes.at(-1);
      const pageUrl = (c: string | undefined) => `${feedUrl}?lang=${lang}${c === undefined ? '' : `&cursor=${c}`}`;
      const alternateUrl = initiativePageUrl(base, id);
      return feed(
        base,
        lang,
        changes,
        {
          id: feedUrl,
          selfUrl: pageUrl(cursor),
          alternateUrl,
          title: `${productNames[lang]} — ${inLanguage(initiative.title, lang)}`,
          ...(rows.length > latestFeedSize && last ? { nextUrl: pageUrl(encodeHistoryCursor(last)) } : {}),
        },
        initiative.updatedAt,
      );
    },
  };
}

export type FeedsService = ReturnType<typeof createFeedsService>;
