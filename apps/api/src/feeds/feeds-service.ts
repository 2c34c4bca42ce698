import {
  type HistoryNames,
  historyKindLabel,
  independentAssessmentLabels,
  type Language,
  listFilterCount,
  listFilterNames,
  productNames,
  ratingLabel,
  type SiteFeedQuery,
  siteFeedTitle,
  statusLabel,
} from '@civic/shared';
import type { AssessmentEntry, AssessmentsRepository } from '../assessments/assessments-repository.ts';
import { notFound } from '../errors/app-error.ts';
import { assessorName, historyChangesText, historyNamesIn, initiativePageUrl, inLanguage } from '../export/csv-rows.ts';
import type { HistoryEntry, HistoryRepository } from '../export/history-repository.ts';
import { decodeHistoryCursor, encodeHistoryCursor } from '../http/page-cursor.ts';
import type { InitiativesRepository } from '../initiatives/initiatives-repository.ts';
import { type ClockSettings, clockAt } from '../initiatives/initiatives-service.ts';
import type { OwnerNames } from '../initiatives/owner-names.ts';
import { type AtomEntry, type AtomFeed, renderAtom } from './atom.ts';

/** An initiative's page in the feed's language: a reader who follows an entry reads on in it. */
const initiativeUrl = (base: string, id: string, lang: Language) => `${initiativePageUrl(base, id)}?lang=${lang}`;

/**
 * A filter as query parameters, always in the same order and form (lists comma-joined), so one filter
 * gives one feed id whatever order its link named them in. Empty for no filter.
 */
function filterSearch(filter: Omit<SiteFeedQuery, 'lang'>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of listFilterNames) {
    const value = (filter as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      if (value.length) params.set(key, [...value].sort().join(','));
    } else if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params;
}

/** How many of the newest changes the site-wide feed carries. */
const latestFeedSize = 50;

/** What an entry's title says happened: the new status for a status change or a creation, else the kind of entry. */
const headline = (change: HistoryEntry, lang: Language) =>
  change.kind === 'status_change' || change.kind === 'created'
    ? statusLabel(change.toStatus, lang)
    : historyKindLabel(change.kind, lang);

function toEntry(change: HistoryEntry, base: string, lang: Language, names: HistoryNames): AtomEntry {
  const parts = [historyChangesText(change, lang, names), change.note, change.evidenceUrl ?? ''].filter((part) => part);
  return {
    id: `urn:uuid:${change.id}`,
    title: `${inLanguage(change.initiativeTitle, lang)} — ${headline(change, lang)}`,
    updated: change.at,
    // Atom needs an author's name; an entry recorded from the source text has no person, so the product signs it.
    author: change.actor || productNames[lang],
    content: parts.join('\n\n') || historyKindLabel(change.kind, lang),
    link: initiativeUrl(base, change.initiativeId, lang),
  };
}

/** An independent assessment as a feed entry: rating label (as pages and CSV print it), rationale, evidence. */
function toAssessmentEntry(assessment: AssessmentEntry, base: string, lang: Language): AtomEntry {
  const what = `${independentAssessmentLabels[lang]}: ${ratingLabel(assessment.rating, lang)}`;
  return {
    id: `urn:uuid:${assessment.id}`,
    title: `${inLanguage(assessment.initiativeTitle, lang)} — ${what}`,
    updated: assessment.createdAt,
    author: assessorName(assessment),
    content: [assessment.rationale, ...assessment.evidenceUrls].join('\n\n'),
    link: initiativeUrl(base, assessment.initiativeId, lang),
  };
}

/** Whether some change names an owner, whose id the entry prints as the owner's name. */
const namesAnOwner = (changes: HistoryEntry[]) =>
  changes.some((change) => change.changes.some((field) => field.field === 'ownerId'));

/**
 * The Atom feeds. `ownerNames` gives the owners' names (kept while the data generation stands still,
 * see initiatives/owner-names.ts); a feed asks for them only when one of its changes names an owner.
 */
export function createFeedsService(
  repositories: { history: HistoryRepository; initiatives: InitiativesRepository; assessments: AssessmentsRepository },
  settings: ClockSettings,
  ownerNames: OwnerNames,
) {
  /** Status changes and assessments together, newest first (times are canonical ISO UTC, so text order is time order). */
  const feed = async (
    base: string,
    lang: Language,
    changes: HistoryEntry[],
    assessments: AssessmentEntry[],
    parts: Omit<AtomFeed, 'updated' | 'entries' | 'author' | 'lang'>,
    fallbackUpdated: string,
  ) => {
    const names = namesAnOwner(changes) ? historyNamesIn(await ownerNames(), lang) : {};
    const entries = [
      ...changes.map((change) => toEntry(change, base, lang, names)),
      ...assessments.map((assessment) => toAssessmentEntry(assessment, base, lang)),
    ].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
    return renderAtom({
      ...parts,
      author: productNames[lang],
      lang,
      updated: entries[0]?.updated ?? fallbackUpdated,
      entries,
    });
  };

  return {
    /**
     * The newest status changes and independent assessments of every initiative, or of those the list's
     * filters pick (the list's own query, applyFilter), newest first, titled in `lang`.
     */
    async latest(base: string, query: SiteFeedQuery): Promise<string> {
      const { lang, ...filter } = query;
      const count = listFilterCount(filter);
      const scope = count > 0 ? { scope: { filter: query, clock: clockAt(settings) } } : {};
      const changes = await repositories.history.latest({ limit: latestFeedSize, ...scope });
      const assessments = await repositories.assessments.window({ limit: latestFeedSize, ...scope });
      // One feed id whatever the language, so a reader that switches language keeps what it has read;
      // a filtered feed is another feed, its id naming its filters.
      const search = filterSearch(filter);
      const id = count > 0 ? `${base}/api/feed.atom?${search}` : `${base}/api/feed.atom`;
      const withLang = new URLSearchParams(search);
      withLang.set('lang', lang);
      const parts = {
        id,
        selfUrl: `${base}/api/feed.atom?${withLang}`,
        alternateUrl: count > 0 ? `${base}/initiatives?${withLang}` : `${base}/?lang=${lang}`,
        title: siteFeedTitle(lang, count),
      };
      const newest = [...changes, ...assessments.map((a) => ({ ...a, at: a.createdAt }))]
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
        .slice(0, latestFeedSize);
      const kept = new Set(newest.map((entry) => entry.id));
      return feed(
        base,
        lang,
        changes.filter((c) => kept.has(c.id)),
        assessments.filter((a) => kept.has(a.id)),
        parts,
        settings.now().toISOString(),
      );
    },

    /**
     * One initiative's status changes, newest first, `latestFeedSize` a document: a paged feed
     * (RFC 5005, section 3) whose rel="next" link, with `cursor`, leads to the older changes. Its
     * independent assessments go on the page whose changes span their time (the last page takes the
     * older ones), so each is on exactly one page.
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
      const alternateUrl = initiativeUrl(base, id, lang);
      const hasNext = rows.length > latestFeedSize && last !== undefined;
      const assessments = await repositories.assessments.window({
        initiativeId: id,
        limit: 1000,
        ...(before ? { until: before.at } : {}),
        ...(hasNext && last ? { from: last.at } : {}),
      });
      return feed(
        base,
        lang,
        changes,
        assessments,
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
