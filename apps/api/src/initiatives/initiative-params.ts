import { z } from 'zod';
import { pathId } from '../http/route.ts';

/** The path parameter of every route under /api/initiatives/:id. */
export const initiativeParams = z.object({ id: pathId('initiative') });
