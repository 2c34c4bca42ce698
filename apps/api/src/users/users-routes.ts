import { Router } from 'express';
import { type AuthGuard, currentUser } from '../auth/auth-guard.ts';
import { parseId } from '../http/validate.ts';
import type { UsersService } from './users-service.ts';

export function usersRoutes(service: UsersService, guard: AuthGuard): Router {
  const router = Router();

  router.get('/admin/users', guard.require('admin'), async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json({ items: await service.list() });
  });

  router.post('/admin/users/:id/disable', guard.require('admin'), async (req, res) => {
    const id = parseId(req.params.id, 'user');
    res.json(await service.disable(id, currentUser(res)));
  });

  return router;
}
