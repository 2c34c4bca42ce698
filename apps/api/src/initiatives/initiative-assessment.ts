import {
  type Agreement,
  type Assessment,
  type AttentionCutoffs,
  officialRatingRule,
  type Rating,
  scaleLevels,
} from '@civic/shared';
import { type Kysely, sql } from 'kysely';
import type { AssessmentRow, Database } from '../db/schema.ts';

/** An assessment row as the public sees it; supersededBy from the same organisation's next one, if any. */
export function toAssessment(row: AssessmentRow, supersededBy: string | null = null): Assessment {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    rating: row.rating as Rating,
    rationale: row.rationale,
    evidenceUrls: JSON.parse(row.evidence_urls) as string[],
    asOf: row.as_of,
    organisation: row.organisation,
    assessor: row.assessor,
    createdAt: row.created_at,
    supersededBy,
  };
}

// The scale's words and steps are the code's own constants, written as literals so PostgreSQL knows their types.

/** The step of a level on the scale, as the shared scaleStep; null for cannot_assess. */
const stepOf = (rating: ReturnType<typeof sql.ref>) =>
  sql<number>`case ${rating} ${sql.join(
    scaleLevels.map((level, index) => sql`when ${sql.lit(level)} then ${sql.lit(index)}`),
    sql` `,
  )} end`;

/** officialRating (shared vocabulary) in SQL, built from the same rule table, as a step on the scale. */
export const officialStepSql = () => {
  const steps = officialRatingRule.byProgress.map(
    ({ minProgress, level }) =>
      sql`when i.progress >= ${sql.lit(minProgress)} then ${sql.lit(scaleLevels.indexOf(level))}`,
  );
  return sql<number>`case when i.status = ${sql.lit(officialRatingRule.completedStatus)} then ${sql.lit(scaleLevels.indexOf('complete'))}
    ${sql.join(steps, sql` `)} else ${sql.lit(scaleLevels.indexOf(officialRatingRule.otherwise))} end`;
};

/** When the officials last recorded a change of status or progress; the initiative's creation before any. */
export const officialSinceSql = () => sql<string>`coalesce((select max(s.at) from status_changes s
    where s.initiative_id = i.id
      and (s.from_status is distinct from s.to_status or s.from_progress is distinct from s.to_progress)),
  i.created_at)`;

/** The newest assessment of initiative i (by when it was recorded); the list's latestAssessment. */
const latestOf = (columns: ReturnType<typeof sql>) => sql`(select ${columns} from assessments a
  where a.initiative_id = i.id order by a.created_at desc, a.id desc limit 1)`;

export const latestAssessmentIdSql = () => latestOf(sql`a.id`);

/** agreementOf (shared vocabulary) in SQL over initiative i and its latest assessment. */
export const agreementSql = (clock: Pick<AttentionCutoffs, 'firstFreshDay' | 'staleBefore'>) => {
  const official = officialStepSql();
  const independent = stepOf(sql.ref('a.rating'));
  return sql<Agreement>`coalesce(${latestOf(sql`case
      when a.rating = 'cannot_assess' then 'not_assessed'
      when abs(${official} - ${independent}) >= 2 then 'disagree'
      when ${official} - ${independent} = 1 and a.as_of < ${clock.firstFreshDay}
        and ${officialSinceSql()} < ${clock.staleBefore} then 'disagree'
      else 'agree' end`)}, 'not_assessed')`;
};

export const hasAssessmentSql = () => sql<boolean>`exists (select 1 from assessments a where a.initiative_id = i.id)`;

/** The assessments of the given ids, by id: the latest of each initiative on a page of the list. */
export async function assessmentsById(db: Kysely<Database>, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const byId = new Map<string, Assessment>();
  if (wanted.length === 0) return byId;
  const rows = await db.selectFrom('assessments').selectAll().where('id', 'in', wanted).execute();
  for (const row of rows) byId.set(row.id, toAssessment(row));
  return byId;
}
