import type { ImportCandidate } from '@civic/shared/schemas';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field.tsx';
import { FormFooter } from '../../../components/form-footer.tsx';
import type { VocabularyFieldProps } from '../../../components/vocabulary-fields.tsx';
import { useFieldErrorText } from '../../../lib/field-error-text.ts';
import { type FieldProblem, type FieldValues, type FormSchema, useSchemaForm } from '../../../lib/use-schema-form.ts';
import type { Decision } from '../review-model.ts';
import { CandidateHeading } from './candidate-heading.tsx';
import { DecisionButtons } from './decision-buttons.tsx';

/** What the review page gives every proposal card. */
export interface ProposalProps<F extends FieldValues> {
  /** The proposal's place in the draft's list (0-based). */
  index: number;
  candidate: ImportCandidate;
  decision: Decision;
  /** The fields as the review holds them (the rules' proposal, or the official's last edit). */
  fields: F;
  /** Problems the server found in this proposal at confirm: they open the editor on their fields. */
  problems: readonly FieldProblem[];
  onDecide: (decision: Decision, fields: F) => void;
  /** Brings the proposal's passage into view in the release text. */
  onShow: () => void;
  /** The draft is confirmed: the card shows what was proposed, with no decision left to take. */
  settled?: boolean;
}

export interface ProposalOptions<F extends FieldValues>
  extends Pick<ProposalProps<F>, 'fields' | 'problems' | 'onDecide'> {
  /** The confirm's own schema for one proposal, its issues named by the form's fields (renamedIssues). */
  schema: FormSchema<unknown>;
  toCandidate: (values: F) => unknown;
  /** Opens with its fields to fill (a passage added by hand). */
  open?: boolean;
  /** False while what accepting needs is missing (the tracked initiative still loading): accepting opens the editor. */
  ready?: boolean;
  /** Where the field's messages are in the locale files, e.g. `imports.errors` (then `.titleRu`, `.quote`…). */
  messages: string;
}

/**
 * One proposal's decision: its fields in a form checked as the confirm will check them; accepting a
 * proposal whose fields would be refused opens the editor on them instead, and so do the confirm's problems.
 */
export function useProposal<F extends FieldValues>({
  fields,
  schema,
  toCandidate,
  problems,
  onDecide,
  open = false,
  ready = true,
  messages,
}: ProposalOptions<F>) {
  const fieldErrorText = useFieldErrorText();
  const id = useId();
  const [editing, setEditing] = useState(open);
  const form = useSchemaForm<F, unknown>({ initial: fields, schema, toCandidate });

  const show = useRef(form.showProblems);
  show.current = form.showProblems;
  useEffect(() => {
    if (problems.length === 0) return;
    setEditing(true);
    show.current(problems);
  }, [problems]);

  function accept() {
    if (!ready || form.check() === null) return setEditing(true);
    setEditing(false);
    onDecide('accepted', form.values);
  }
  function reject() {
    setEditing(false);
    onDecide('rejected', form.values);
  }
  const errorText = (field: keyof F & string) => fieldErrorText(form.errors[field], `${messages}.${field}`);
  return { id, form, errorText, editing, accept, reject, toggle: () => setEditing((shown) => !shown) };
}

export type Proposal<F extends FieldValues> = ReturnType<typeof useProposal<F>>;

export interface ProposalCardProps<F extends FieldValues>
  extends Pick<ProposalProps<F>, 'index' | 'decision' | 'onShow' | 'settled'> {
  proposal: Proposal<F>;
  /** What the proposal is, in the heading: a new initiative or an update. */
  kind: string;
  /** A further class for the card, e.g. `update-card`. */
  className?: string;
  /** What the card shows of the proposal: its facts, the passage, why it was proposed. */
  children: ReactNode;
  /** The editor's fields. */
  editor: ReactNode;
  /** Buttons beside "Save and accept". */
  actions?: ReactNode;
}

/** A proposal from the release text: heading, what it proposes, its editor when open, and the official's decision. */
export function ProposalCard<F extends FieldValues>({
  proposal,
  index,
  decision,
  onShow,
  settled = false,
  kind,
  className,
  children,
  editor,
  actions,
}: ProposalCardProps<F>) {
  const { t } = useTranslation();
  const { id, form, editing, accept, reject, toggle } = proposal;
  return (
    <article
      className={['card candidate-card', className, settled ? 'is-settled' : `is-${decision}`]
        .filter(Boolean)
        .join(' ')}
      id={`candidate-${index}`}
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <CandidateHeading id={`${id}-title`} index={index} onShow={onShow} decision={settled ? undefined : decision}>
        {kind}
      </CandidateHeading>
      {children}
      {editing && !settled && (
        <form
          ref={form.formRef}
          className="official-form candidate-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            accept();
          }}
        >
          {editor}
          <FormFooter
            error={form.errors.form && t('imports.errors.failed')}
            submitLabel={t('imports.review.saveAndAccept')}
            pending={false}
          >
            {actions}
          </FormFooter>
        </form>
      )}
      {!settled && (
        <DecisionButtons decision={decision} editing={editing} onAccept={accept} onEdit={toggle} onReject={reject} />
      )}
    </article>
  );
}

export interface PassageFieldProps extends VocabularyFieldProps {
  /** "Passage" on a new initiative, "Evidence" on an update. */
  label: string;
}

/** The passage a proposal quotes, in the text's language and word for word. */
export function PassageField({ id, label, error, control }: PassageFieldProps) {
  const { t } = useTranslation();
  return (
    <FormField id={`${id}-quote`} label={label} hint={t('imports.fields.quoteHint')} error={error}>
      {(props) => <textarea {...props} lang="ru" {...control} />}
    </FormField>
  );
}
