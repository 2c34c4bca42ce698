import type { ImportCandidate, Owner } from '@civic/shared/schemas';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field.tsx';
import { OwnerSelect } from '../../../components/owner-select.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { KindSelect, StageSelect, StatusSelect } from '../../../components/vocabulary-fields.tsx';
import { useLanguage } from '../../../lib/i18n.ts';
import { pickText } from '../../../lib/pick-text.ts';
import { importedInitiativeSchema } from '../../../lib/schemas.ts';
import { type InitiativeFields, renamedIssues, toImportedInitiative } from '../review-model.ts';
import { Reasons } from './decision-buttons.tsx';
import { PassageField, ProposalCard, type ProposalProps, useProposal } from './proposal-card.tsx';

const schema = renamedIssues(importedInitiativeSchema);

export interface InitiativeCardProps extends ProposalProps<InitiativeFields> {
  /** Added by the official, not proposed by the rules: opens with its fields to fill. */
  added?: boolean;
  /** The bodies the store knows. */
  owners: readonly Owner[];
  /** The bodies the draft's candidates name, as the gazetteer names them (a confirm adds one not yet known). */
  proposedOwners: readonly Owner[];
}

/** A passage proposed as a new initiative: its fields, why it was proposed, and the official's decision. */
export function InitiativeCard({ added = false, owners, proposedOwners, ...props }: InitiativeCardProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { candidate } = props;
  const proposal = useProposal({
    ...props,
    schema,
    toCandidate: (values: InitiativeFields) => toImportedInitiative(values, null),
    open: added,
    messages: 'imports.errors',
  });
  const { id, form, errorText } = proposal;
  const { values } = form;
  const ownerName = (ownerId: string) => {
    if (!ownerId) return t('common.notSet');
    const owner = owners.find((o) => o.id === ownerId);
    if (owner) return pickText(owner.name, lang).text;
    const proposed = proposedOwners.find((o) => o.id === ownerId);
    return proposed
      ? t('imports.review.newOwner', { name: pickText(proposed.name, lang).text })
      : t('imports.review.newOwnerUnnamed');
  };

  const ownerOptions = [
    ...owners.map((o) => o.id),
    ...(candidate.ownerId && !owners.some((o) => o.id === candidate.ownerId) ? [candidate.ownerId] : []),
  ];

  return (
    <ProposalCard
      {...props}
      proposal={proposal}
      kind={t('imports.review.newInitiative')}
      editor={
        <>
          <FormField id={`${id}-ru`} label={t('imports.fields.titleRu')} error={errorText('titleRu')}>
            {(control) => <textarea {...control} lang="ru" {...form.field('titleRu')} />}
          </FormField>
          <FormField id={`${id}-en`} label={t('imports.fields.titleEn')} error={errorText('titleEn')}>
            {(control) => (
              <textarea {...control} lang="en" disabled={values.englishLater === 'true'} {...form.field('titleEn')} />
            )}
          </FormField>
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={values.englishLater === 'true'}
              onChange={(event) =>
                form.setValues((v) => ({
                  ...v,
                  englishLater: event.target.checked ? 'true' : '',
                  titleEn: event.target.checked ? '' : v.titleEn,
                }))
              }
            />{' '}
            {t('imports.fields.englishLater')}
          </label>
          <div className="import-row">
            <KindSelect id={id} error={errorText('kind')} control={form.field('kind')} />
            <StatusSelect id={id} error={errorText('status')} control={form.field('status')} />
          </div>
          {values.kind === 'legislation' && (
            <StageSelect id={id} error={errorText('legislativeStage')} control={form.field('legislativeStage')} />
          )}
          <OwnerSelect
            id={id}
            error={errorText('ownerId')}
            control={form.field('ownerId')}
            options={ownerOptions.map((ownerId) => ({ id: ownerId, name: ownerName(ownerId) }))}
            empty={t('common.notSet')}
          />
          <div className="import-row">
            <FormField
              id={`${id}-id`}
              label={t('imports.fields.id')}
              hint={t('imports.fields.idHint')}
              error={errorText('id')}
            >
              {(control) => <input {...control} {...form.field('id')} />}
            </FormField>
            <FormField
              id={`${id}-region`}
              label={t('imports.fields.region')}
              hint={t('imports.fields.regionHint')}
              error={errorText('region')}
            >
              {(control) => <input {...control} {...form.field('region')} />}
            </FormField>
          </div>
          <PassageField
            id={id}
            label={t('imports.fields.quote')}
            error={errorText('quote')}
            control={form.field('quote')}
          />
        </>
      }
      actions={
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            const selected = window.getSelection()?.toString() ?? '';
            if (selected.trim()) form.setValues((v) => ({ ...v, quote: selected }));
          }}
        >
          {t('imports.review.useSelection')}
        </button>
      }
    >
      <blockquote lang="ru">{values.quote}</blockquote>
      <dl className="facts candidate-facts">
        <div>
          <dt>{t('kind.label')}</dt>
          <dd>{t(`kind.${values.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('initiative.owner')}</dt>
          <dd>{ownerName(values.ownerId)}</dd>
        </div>
        <div>
          <dt>{t('status.label')}</dt>
          <dd>
            <StatusBadge status={values.status as ImportCandidate['status']} />
          </dd>
        </div>
        {values.kind === 'legislation' && (
          <div>
            <dt>{t('stage.label')}</dt>
            <dd>{values.legislativeStage ? t(`stage.${values.legislativeStage}`) : t('common.notSet')}</dd>
          </div>
        )}
      </dl>
      {added ? <p className="muted">{t('imports.add.byHand')}</p> : <Reasons reasons={candidate.reasons} />}
    </ProposalCard>
  );
}
