// Every schema the web uses comes through here, after zod is told not to use eval.
import './zod-config.ts';

export {
  assessmentInputSchema,
  createInitiativeInputSchema,
  detailsChangeInputSchema,
  earliestPlanDay,
  importConfirmInputSchema,
  importedInitiativeSchema,
  importedUpdateSchema,
  importMetadataSchema,
  importTextInputSchema,
  latestPlanDay,
  loginInputSchema,
  milestoneInputSchema,
  milestonePatchSchema,
  newUserInputSchema,
  sheetUploadSchema,
  statusChangeInputSchema,
} from '@civic/shared/schemas';
