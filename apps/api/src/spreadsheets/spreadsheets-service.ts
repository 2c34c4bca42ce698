import type { Language, SheetApplyConflict, SheetDryRun, SheetRowReport, User } from '@civic/shared';
import { newId } from '../db/ids.ts';
import {
  AppError,
  alreadyExists,
  conflict,
  forbidden,
  notFound,
  stateConflict,
  validationError,
} from '../errors/app-error.ts';
import type { InitiativesWriteRepository } from '../initiatives/initiatives-write-repository.ts';
import type { InitiativesWriteService } from '../initiatives/initiatives-write-service.ts';
import { matchColumns } from './sheet-columns.ts';
import { readSheetFile } from './sheet-file.ts';
import { SheetFileError } from './sheet-file-error.ts';
import { type PlannedChange, planRows } from './sheet-plan.ts';
import type { SpreadsheetsRepository } from './spreadsheets-repository.ts';

const outcomeOrder: Record<SheetRowReport['outcome'], number> = { error: 0, conflict: 1, changed: 2, unchanged: 3 };

const fileProblem = (err: SheetFileError) =>
  err.kind === 'too_large_unpacked' || err.kind === 'too_many_rows'
    ? new AppError(413, '/problems/payload-too-large', 'File too large', err.message, [
        { field: 'file', message: err.message, code: 'too_big' },
      ])
    : validationError([{ field: 'file', message: err.message, code: 'invalid' }], err.message);

interface Upload {
  name: string;
  bytes: Buffer;
}

export function createSpreadsheetsService(
  repositories: { spreadsheets: SpreadsheetsRepository; initiativesWrite: InitiativesWriteRepository },
  initiativesWrite: InitiativesWriteService,
  settings: { now: () => Date },
) {
  /** The file against the stored initiatives as they are now. */
  async function plan(file: Upload, lang: Language) {
    const table = await readSheetFile(file.bytes, file.name).catch((err: unknown) => {
      throw err instanceof SheetFileError ? fileProblem(err) : err;
    });
    const { at, ignored, missing } = matchColumns(table.header);
    if (missing.length > 0) {
      throw validationError(
        missing.map((column) => ({
          field: `file.${column}`,
          message: `the file has no ${column} column`,
          code: 'required',
        })),
        `The header row must name the ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(' and ')} (as the export writes ${missing.length === 1 ? 'it' : 'them'}).`,
      );
    }
    const ids = table.rows.map(({ cells }) => String(cells[at.id ?? 0] ?? '').trim());
    const states = await repositories.initiativesWrite.currentStates([...new Set(ids)]);
    return { ...planRows(table.rows, at, states, lang), ignored };
  }

  return {
    /**
     * Reads the upload (.xlsx or CSV) and stores what applying it would do, writing nothing else:
     * per row unchanged / changed / error / conflict. 400 when the file cannot be read or lacks the id
     * or version column, 413 past the row or unpacked-size limits.
     */
    async dryRun(file: Upload, lang: Language, user: User): Promise<SheetDryRun> {
      const { reports, changes, ignored } = await plan(file, lang);
      const counts = { unchanged: 0, changed: 0, error: 0, conflict: 0 };
      for (const row of reports) counts[row.outcome] += 1;
      const report: SheetDryRun = {
        id: newId(),
        fileName: file.name,
        createdAt: settings.now().toISOString(),
        counts,
        ignoredColumns: ignored,
        rows: [...reports].sort((a, b) => outcomeOrder[a.outcome] - outcomeOrder[b.outcome] || a.row - b.row),
      };
      await repositories.spreadsheets.save(user.id, report, changes);
      return report;
    },

    /**
     * Applies exactly the changes the dry run showed, all or nothing, each under its version check;
     * only its author (or an admin) may apply it (403), and is the actor of its entries; 404 for an
     * unknown one; 409 when it was applied already, when it showed errors or conflicts, or when a row
     * moved since (then with the dry run of the rows as they now stand).
     */
    async apply(id: string, user: User): Promise<{ id: string; applied: number }> {
      const stored = await repositories.spreadsheets.find(id);
      if (!stored) throw notFound(`No dry run with id "${id}".`);
      if (stored.userId !== user.id && user.role !== 'admin') {
        throw forbidden('Only the official who made this dry run, or an admin, may apply it.');
      }
      if (stored.appliedAt) throw alreadyExists(`This dry run was applied at ${stored.appliedAt}.`);
      const { counts } = stored.report;
      if (counts.error > 0 || counts.conflict > 0) {
        throw stateConflict('The dry run shows errors or conflicts: correct the file and run it again.');
      }
      const at = settings.now().toISOString();
      const result = await initiativesWrite.applyAll(stored.changes, user, stored.report.fileName, (trx) =>
        repositories.spreadsheets.claim(trx, id, at),
      );
      if (result.outcome === 'claimed') throw alreadyExists('This dry run was applied already.');
      if (result.outcome === 'stale')
        throw conflict(`${result.ids.length} row(s) changed since the dry run; nothing was written.`, {
          conflicts: await conflictsNow(stored.changes, result.ids),
        });
      return { id, applied: stored.changes.length };
    },
  };

  /** The rows that moved, planned again against the stored states as they are now. */
  async function conflictsNow(
    changes: readonly PlannedChange[],
    ids: readonly string[],
  ): Promise<SheetApplyConflict[]> {
    const states = await repositories.initiativesWrite.currentStates(ids);
    return changes
      .filter((change) => ids.includes(change.id))
      .map((change) => {
        const state = states.get(change.id);
        return {
          id: change.id,
          fileVersion: change.version,
          version: state?.version ?? null,
          current: state
            ? {
                status: state.status,
                progress: state.progress,
                legislativeStage: state.legislativeStage,
                targetDate: state.targetDate,
              }
            : null,
        };
      });
  }
}

export type SpreadsheetsService = ReturnType<typeof createSpreadsheetsService>;
