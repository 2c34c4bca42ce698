import { z } from 'zod';

// zod 4 probes for eval (`new Function`) on its first parse unless jitless; the pages' CSP forbids eval,
// and even the caught probe is reported as a violation. Every schema the web uses comes through here.
z.config({ jitless: true });

export {
  loginInputSchema,
  milestoneInputSchema,
  milestonePatchSchema,
  statusChangeInputSchema,
} from '@civic/shared/schemas';
