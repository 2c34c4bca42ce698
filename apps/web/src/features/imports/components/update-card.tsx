import type { InitiativeDetail } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormField } from '../../../components/form-field.tsx';
import { LocalizedText } from '../../../components/localized-text.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { StageSelect, StatusSelect } from '../../../components/vocabulary-fields.tsx';
import { importedUpdateSchema } from '../../../lib/schemas.ts';
import { renamedIssues, toImportedUpdate, type UpdateFields } from '../review-model.ts';
import { Reasons } from './decision-buttons.tsx';
import { PassageField, ProposalCard, type ProposalProps, useProposal } from './proposal-card.tsx';

const schema = renamedIssues(importedUpdateSchema);

export interface UpdateCardProps extends ProposalProps<UpdateFields> {
  /** The tracked initiative as it stands now; undefined while it loads. */
  tracked: InitiativeDetail | undefined;
}

/** A passage that reports progress on a tracked initiative: the proposed change, with the passage as evidence. */
export function UpdateCard({ tracked, ...props }: UpdateCardProps) {
  const { t } = useTranslation();
  const { candidate } = props;
  const proposal = useProposal({
    ...props,
    schema,
    toCandidate: (values: UpdateFields) => (tracked ? toImportedUpdate(values, tracked) : {}),
    ready: tracked !== undefined,
    messages: 'imports.errors.update',
  });
  const { id, form, errorText } = proposal;
  const { values } = form;

  return (
    <ProposalCard
      {...props}
      proposal={proposal}
      kind={t('imports.review.update')}
      className="update-card"
      editor={
        <>
          <StatusSelect id={id} error={errorText('status')} control={form.field('status')} />
          {tracked?.kind === 'legislation' && (
            <StageSelect id={id} error={errorText('legislativeStage')} control={form.field('legislativeStage')} />
          )}
          <FormField id={`${id}-note`} label={t('officials.form.note')} error={errorText('note')}>
            {(control) => <textarea {...control} {...form.field('note')} />}
          </FormField>
          <PassageField
            id={id}
            label={t('imports.fields.evidence')}
            error={errorText('quote')}
            control={form.field('quote')}
          />
        </>
      }
    >
      <p>
        {t('imports.review.reportsOn')}{' '}
        {tracked ? (
          <Link to={`/initiatives/${tracked.id}`}>
            <LocalizedText value={tracked.title} />
          </Link>
        ) : (
          candidate.matchId
        )}
      </p>
      {tracked && (
        <p className="update-move">
          <StatusBadge status={tracked.status} />
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> — </span>
          <StatusBadge status={values.status as InitiativeDetail['status']} />
          {tracked.kind === 'legislation' && (values.legislativeStage || null) !== tracked.legislativeStage && (
            <span>
              {' '}
              {t('stage.label')}:{' '}
              {tracked.legislativeStage ? t(`stage.${tracked.legislativeStage}`) : t('common.notSet')}
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> — </span>
              {values.legislativeStage ? t(`stage.${values.legislativeStage}`) : t('common.notSet')}
            </span>
          )}
        </p>
      )}
      <p className="evidence-label">{t('imports.review.evidence')}</p>
      <blockquote lang="ru">{values.quote}</blockquote>
      <Reasons reasons={candidate.reasons} score={candidate.matchScore} />
    </ProposalCard>
  );
}
