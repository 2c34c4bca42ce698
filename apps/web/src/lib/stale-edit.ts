/**
 * What a form does with a 409: compare the version the official loaded (`seen`) with the one the problem
 * carries (`current`), field by field, as the form holds them.
 */

/** The fields whose value moved on the server since the version the official loaded, in the form's order. */
export function movedOnServer<F extends Record<string, string>>(seen: F, current: F): (keyof F & string)[] {
  return (Object.keys(current) as (keyof F & string)[]).filter((name) => current[name] !== seen[name]);
}

/**
 * The values after "Load the current version": a field the other change moved takes its new value; every
 * other field keeps what the official typed (the note included, as on every form), so nothing the other
 * change did not touch is lost.
 */
export function keepOwnEdits<F extends Record<string, string>>(seen: F, current: F, typed: F): F {
  const merged = { ...typed };
  for (const name of movedOnServer(seen, current)) merged[name] = current[name];
  return merged;
}
