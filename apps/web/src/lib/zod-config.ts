import { z } from 'zod';

// zod 4 probes for eval (`new Function`) when it builds an object schema unless jitless; the pages' CSP
// forbids eval, and even the caught probe is reported as a violation. So this runs before any schema is built.
z.config({ jitless: true });
