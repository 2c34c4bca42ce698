import type { Express } from 'express';

export interface MountedRoute {
  method: string;
  /** Express-style path, e.g. /api/initiatives/:id */
  path: string;
}

interface Layer {
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

const join = (prefix: string, rawPath: string | undefined) =>
  `${prefix}${rawPath && rawPath !== '/' ? rawPath : ''}`.replace(/\/{2,}/g, '/');

function walk(stack: Layer[], prefix: string, found: MountedRoute[]): void {
  for (const layer of stack) {
    if (layer.route) {
      if (typeof layer.route.path !== 'string') continue;
      for (const method of Object.keys(layer.route.methods)) {
        if (method === '_all') continue;
        found.push({ method, path: join(prefix, layer.route.path) });
      }
    } else if (layer.handle.stack) {
      walk(layer.handle.stack, join(prefix, layer.rawPath), found);
    }
  }
}

/** Every route the app mounts with a string path, read from its router: the ground truth for docs and tests. */
export function listRoutes(app: Express): MountedRoute[] {
  const found: MountedRoute[] = [];
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '', found);
  return found;
}
