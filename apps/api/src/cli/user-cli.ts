import { AppError } from '../errors/app-error.ts';

/** The password from CIVIC_PASSWORD, else from stdin (a pipe or a typed line); never a default. */
export async function readPassword(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.CIVIC_PASSWORD) return env.CIVIC_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters), then Enter: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && chunk.toString().includes('\n')) break;
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Prints what went wrong, without a stack for the expected cases, and sets a failing exit code. */
export function reportFailure(err: unknown): void {
  if (err instanceof AppError) {
    const fields = err.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
    process.stderr.write(`${err.detail ?? err.title}${fields ? ` (${fields})` : ''}\n`);
  } else {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exitCode = 1;
}
