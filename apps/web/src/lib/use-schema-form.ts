import { type FormEvent, useEffect, useRef, useState } from 'react';

/** What a form needs of a schema: zod's safeParse. Typed here so this file does not load zod itself. */
export interface FormSchema<Input> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: Input }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export type FieldValues = Record<string, string>;
/** One message per field; what belongs to no field (or to a field the form does not show) is under `form`. */
export type FormErrors<F extends FieldValues> = Partial<Record<(keyof F & string) | 'form', string>>;
export interface FieldProblem {
  field: string;
  message: string;
}
export type Checked<F extends FieldValues, Input> = { ok: true; input: Input } | { ok: false; errors: FormErrors<F> };

/** Problems from the schema or from a problem+json answer (whose fields read e.g. "body.note"), by field. */
export function toFormErrors<F extends FieldValues>(
  names: readonly (keyof F & string)[],
  problems: readonly FieldProblem[],
): FormErrors<F> {
  const out: FormErrors<F> = {};
  for (const problem of problems) {
    const field = names.find((name) => problem.field === name || problem.field.endsWith(`.${name}`)) ?? 'form';
    out[field] ??= problem.message;
  }
  return out;
}

/** How a form turns problems (a field named by its dotted path, e.g. "title.en" or "body.source.quote") into its errors. */
export type ErrorsFrom<F extends FieldValues> = (problems: readonly FieldProblem[]) => FormErrors<F>;

/**
 * Checks a candidate with the same schema the API uses; each problem lands on its field. By default a
 * schema issue is named by its first path segment; with `errorsFrom` by its whole dotted path, which
 * `errorsFrom` places (for forms whose fields are nested, e.g. "title.en").
 */
export function checkWith<F extends FieldValues, Input>(
  schema: FormSchema<Input>,
  names: readonly (keyof F & string)[],
  candidate: unknown,
  errorsFrom?: ErrorsFrom<F>,
): Checked<F, Input> {
  const result = schema.safeParse(candidate);
  if (result.success) return { ok: true, input: result.data };
  const problems = result.error.issues.map((issue) => ({
    field: errorsFrom ? issue.path.map(String).join('.') : String(issue.path[0] ?? ''),
    message: issue.message,
  }));
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
