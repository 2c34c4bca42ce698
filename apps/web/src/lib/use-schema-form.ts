import { type FieldProblemCode, fieldProblemOf, type IssueLike } from '@civic/shared/vocabulary';
import { type FormEvent, useEffect, useRef, useState } from 'react';

/** What a form needs of a schema: zod's safeParse. Typed here so this file does not load zod itself. */
export interface FormSchema<Input> {
  safeParse(value: unknown):
    | { success: true; data: Input }
    | {
        success: false;
        error: { issues: readonly (IssueLike & { path: readonly PropertyKey[]; message: string })[] };
      };
}

export type FieldValues = Record<string, string>;

/**
 * A field's problem as the form keeps it: what is wrong for machines (`code` and its parameters, see
 * field-problem.ts in @civic/shared), its English message, and for a list field the entry it is about
 * (`item`, 1-based: "evidenceUrls.3" is item 4). A form's own mark (e.g. 'taken') is a plain string.
 */
export interface FieldIssue extends Partial<FieldProblemCode> {
  message: string;
  item?: number;
}
export type FormError = string | FieldIssue;

/**
 * One problem per field; what belongs to no field (or to a field the form does not show) is under
 * `form`, as the text to show.
 */
export type FormErrors<F extends FieldValues> = Partial<Record<keyof F & string, FormError>> & { form?: string };

/** A problem of a field, named by its dotted path: a problem+json `errors[]` entry, or a schema's issue read the same way. */
export interface FieldProblem extends Partial<FieldProblemCode> {
  field: string;
  message: string;
}

/** What the form keeps of a problem that landed on one of its fields. */
export const fieldIssue = ({ field: _field, ...issue }: FieldProblem, item?: number): FieldIssue =>
  item === undefined ? issue : { ...issue, item };
export type Checked<F extends FieldValues, Input> = { ok: true; input: Input } | { ok: false; errors: FormErrors<F> };

/**
 * Problems from the schema or from a problem+json answer (whose fields read e.g. "body.note"), by field.
 * A problem of one entry of a list field ("evidenceUrls.3") lands on the field, marked with the entry
 * (`item` 4) so the form can say which line is wrong.
 */
export function toFormErrors<F extends FieldValues>(
  names: readonly (keyof F & string)[],
  problems: readonly FieldProblem[],
): FormErrors<F> {
  const out: FormErrors<F> = {};
  const onFields = out as Partial<Record<string, FormError>>;
  for (const problem of problems) {
    let item: number | undefined;
    const field = names.find((name) => {
      if (problem.field === name || problem.field.endsWith(`.${name}`)) return true;
      if (!problem.field.startsWith(`${name}.`)) return false;
      const entry = /^\d+$/.exec(problem.field.slice(name.length + 1));
      if (entry) item = Number(entry[0]) + 1;
      return true;
    });
    if (field === undefined) out.form ??= problem.message;
    else onFields[field] ??= fieldIssue(problem, item);
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
  // A field left empty "is required" (code `required`), as the API says of a missing one (not "Invalid ISO
  // date" for a cleared day); a refinement over several fields keeps its own words. Each problem carries
  // the code and parameters the API would send for it (fieldProblemOf), so the form reads both alike.
  const problems = result.error.issues.map((issue): FieldProblem => {
    const value = valueAt(candidate, issue.path);
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    const missing = issue.code !== 'custom' && empty;
    return {
      field: issue.path.map(String).join('.'),
      message: missing ? 'is required' : issue.message,
      ...fieldProblemOf(issue, missing),
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
