import type { Assessment, AssessmentCommand, AssessmentRecord, User, WorklistItem } from '@civic/shared';
import { newId } from '../db/ids.ts';
import { conflict, forbidden, notFound, validationError } from '../errors/app-error.ts';
import { toAssessment } from '../initiatives/initiative-assessment.ts';
import { type ClockSettings, clockAt, type InitiativesService } from '../initiatives/initiatives-service.ts';
import type { AssessmentsRepository } from './assessments-repository.ts';

/** The monitor's organisation: every monitor has one (users-service refuses a monitor without). */
function organisationOf(user: User): string {
  if (!user.organisation) throw forbidden('An assessment is made for an organisation; this account has none.');
  return user.organisation;
}

export function createAssessmentsService(
  repository: AssessmentsRepository,
  initiatives: InitiativesService,
  settings: ClockSettings,
) {
  return {
    /**
     * Records a monitor's assessment of the initiative the monitor saw at `version`. asOf may not lie
     * after today (TIME_ZONE) nor before the organisation's previous assessment of it (400 naming
     * asOf); a stale version is a 409 carrying the initiative as it now stands. The organisation's
     * previous assessment stays in the record, superseded by this one.
     */
    async add(
      initiativeId: string,
      input: AssessmentCommand,
      version: number,
      user: User,
    ): Promise<{ assessment: Assessment; version: number; today: string }> {
      const organisation = organisationOf(user);
      const { today } = clockAt(settings);
      if (input.asOf > today)
        throw validationError([
          { field: 'asOf', message: `must not be after today (${today})`, code: 'after_today', maximum: today },
        ]);
      if (!(await repository.initiativeExists(initiativeId)))
        throw notFound(`No initiative with id "${initiativeId}".`);
      const previous = await repository.latestOfOrganisation(initiativeId, organisation);
      if (previous && input.asOf < previous.as_of) {
        throw validationError([
          {
            field: 'asOf',
            message: `must not be before your organisation's previous assessment (${previous.as_of})`,
            code: 'before_min',
            minimum: previous.as_of,
          },
        ]);
      }
      const row = {
        id: newId(),
        initiative_id: initiativeId,
        user_id: user.id,
        organisation,
        assessor: user.displayName,
        rating: input.rating,
        rationale: input.rationale,
        evidence_urls: JSON.stringify(input.evidenceUrls),
        as_of: input.asOf,
        created_at: settings.now().toISOString(),
      };
      const result = await repository.append(row, version);
      if (result === 'stale') {
        const current = await initiatives.get(initiativeId);
        throw conflict(`The initiative has changed since version ${version}; it is now at ${current.version}.`, {
          current,
        });
      }
      return { assessment: toAssessment(row), version: result.version, today };
    },

    async record(initiativeId: string): Promise<AssessmentRecord> {
      if (!(await repository.initiativeExists(initiativeId)))
        throw notFound(`No initiative with id "${initiativeId}".`);
      return { items: await repository.record(initiativeId) };
    },

    async worklist(user: User): Promise<{ items: WorklistItem[] }> {
      return { items: await repository.worklist(organisationOf(user)) };
    },
  };
}

export type AssessmentsService = ReturnType<typeof createAssessmentsService>;
