// Whether a build output is missing or older than any of its inputs, so `pnpm start` builds only when needed.
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Says on the console what it found for `label` and returns true when `output` must be built again. */
export function needsBuild(label, output, inputs) {
  const builtAt = fs.existsSync(output) ? fs.statSync(output).mtimeMs : 0;
  if (builtAt > 0 && builtAt >= Math.max(...inputs.map(newestMtime))) {
    console.log(`${label}: dist/ is up to date, not rebuilding`);
    return false;
  }
  console.log(
    builtAt === 0 ? `${label}: no build yet, building` : `${label}: sources changed since the last build, rebuilding`,
  );
  return true;
}
