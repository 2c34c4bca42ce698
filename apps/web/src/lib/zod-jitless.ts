import { z } from 'zod';

// The CSP allows no 'unsafe-eval'. Unless jitless, zod 4 probes `new Function` as it builds its first
// object schema, and the browser reports that as a violation even though zod catches the refusal.
// main.tsx imports this first, so it runs before any schema is built.
z.config({ jitless: true });
