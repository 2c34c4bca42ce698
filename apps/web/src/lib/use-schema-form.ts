import { type FormEvent, useEffect, useRef, useState } from 'react';
import { itemPrefix } from './field-error-text.ts';

/** What a form needs of a schema: zod's safeParse. Typed here so this file does not load zod itself. */
export interface FormSchema<Input> {
  safeParse(value: unknown):
    | { success: true; data: Input }
    | {
        success: false;
        error: { issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[] };
      };
}

export type FieldValues = Record<string, string>;
/** One message per field; what belongs to no field (or to a field the form does not show) is under `form`. */
export type FormErrors<F extends FieldValues> = Partial<Record<(keyof F & string) | 'form', string>>;
export interface FieldProblem {
  field: string;
  message: string;
}
export type Checked<F extends FieldValues, Input> = { ok: true; input: Input } | { ok: false; errors: FormErrors<F> };

/**
 * Problems from the schema or from a problem+json answer (whose fields read e.g. "body.note"), by field.
 * A problem of one entry of a list field ("evidenceUrls.3") lands on the field, its message marked with
 * the entry ("item 4: …", see field-error-text.ts) so the form can say which line is wrong.
 */
export function toFormErrors<F extends FieldValues>(
  names: readonly (keyof F & string)[],
  problems: readonly FieldProblem[],
): FormErrors<F> {
  const out: FormErrors<F> = {};
  for (const problem of problems) {
    let message = problem.message;
    const field =
      names.find((name) => {
        if (problem.field === name || problem.field.endsWith(`.${name}`)) return true;
        if (!problem.field.startsWith(`${name}.`)) return false;
        const entry = /^\d+$/.exec(problem.field.slice(name.length + 1));
        if (entry) message = itemPrefix(Number(entry[0])) + message;
        return true;
      }) ?? 'form';
    out[field] ??= message;
  }
  return out;
}

/** The value at a schema issue's path in what was checked. */
const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );

/** How a form turns problems (a field named by its dotted path, e.g. "title.en" or "body.source.quote") into its errors. */
export type ErrorsFrom<F extends FieldValues> = (problems: readonly FieldProblem[]) => FormErrors<F>;

/**
 * Checks a candidate with the same schema the API uses; each problem lands on its field, named by its
 * whole dotted path: placed by toFormErrors, or by `errorsFrom` (for forms whose fields are nested, e.g. "title.en").
 */
export function checkWith<F extends FieldValues, Input>(
  schema: FormSchema<Input>,
  names: readonly (keyof F & string)[],
  candidate: unknown,
  errorsFrom?: ErrorsFrom<F>,
): Checked<F, Input> {
  const result = schema.safeParse(candidate);
  if (result.success) return { ok: true, input: result.data };
  // A field left empty "is required", as the API says of a missing one (not "Invalid ISO date" for a cleared day);
  // a refinement over several fields keeps its own words.
  const problems = result.error.issues.map((issue) => {
    const value = valueAt(candidate, issue.path);
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    return {
      field: issue.path.map(String).join('.'),
      message: issue.code !== 'custom' && empty ? 'is required' : issue.message,
    };
  });
  return { ok: false, errors: errorsFrom ? errorsFrom(problems) : toFormErrors(names, problems) };
}

export interface SchemaFormOptions<F extends FieldValues, Input> {
  initial: F | (() => F);
  schema: FormSchema<Input>;
  /** What is sent, made from the typed values (by default the values themselves). */
  toCandidate?: (values: F) => unknown;
  /** Where the schema's and the server's problems land, for a form with its own rule (see checkWith). */
  errorsFrom?: ErrorsFrom<F>;
}

/**
 * The one way this app writes a form: string values per field, checked on submit with the shared zod
 * schema, errors per field (the client's or the server's), and focus on the first field to fix.
 */
export function useSchemaForm<F extends FieldValues, Input>({
  initial,
  schema,
  toCandidate,
  errorsFrom,
}: SchemaFormOptions<F, Input>) {
  const [values, setValues] = useState<F>(initial);
  const [errors, setErrors] = useState<FormErrors<F>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const names = Object.keys(values) as (keyof F & string)[];

  // After a refused submit, start the user at the first field to fix.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  /** The value and change handler of one control. */
  const field = (name: keyof F & string) => ({
    name: name as string,
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  /** Checks `candidate` (by default what the values make); shows the errors and returns null when refused. */
  function check(candidate: unknown = toCandidate ? toCandidate(values) : values): Input | null {
    const checked = checkWith<F, Input>(schema, names, candidate, errorsFrom);
    setErrors(checked.ok ? {} : checked.errors);
    return checked.ok ? checked.input : null;
  }

  /**
   * A submit handler that calls onValid only with input the schema accepted; `clear`, when given, first
   * takes away what the last try said (its success, its conflict), so a refused try does not show it still.
   */
  const handleSubmit = (onValid: (input: Input) => void, clear?: () => void) => (event?: FormEvent) => {
    event?.preventDefault();
    clear?.();
    const input = check();
    if (input !== null) onValid(input);
  };

  /** Puts a problem+json answer's per-field errors on the fields. */
  const showProblems = (problems: readonly FieldProblem[]) =>
    setErrors(errorsFrom ? errorsFrom(problems) : toFormErrors(names, problems));

  return { values, setValues, errors, setErrors, field, check, handleSubmit, showProblems, formRef };
}

export type SchemaForm<F extends FieldValues, Input> = ReturnType<typeof useSchemaForm<F, Input>>;
