import type { NewUserInput, User } from '@civic/shared/schemas';
import { roles } from '@civic/shared/vocabulary';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field.tsx';
import { FormFooter } from '../../../components/form-footer.tsx';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { newUserInputSchema } from '../../../lib/schemas.ts';
import { useSchemaForm } from '../../../lib/use-schema-form.ts';
import { useWriteFailure } from '../../../lib/use-write-failure.ts';
import { type AccountFields, emptyAccount, toNewUser } from '../account-form-model.ts';
import { useCreateAccount } from '../api/create-account.ts';
import { useDisableAccount } from '../api/disable-account.ts';
import { useAccounts } from '../api/get-accounts.ts';
import '../accounts.css';
import { useFieldErrorText } from '../../../lib/field-error-text.ts';

export interface AccountsPanelProps {
  /** The admin looking: their own account cannot be disabled. */
  me: User;
}

/** An admin's accounts: who may log in, a new account with an initial password, and disabling one. */
export function AccountsPanel({ me }: AccountsPanelProps) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const id = useId();
  const accounts = useAccounts();
  const disable = useDisableAccount();
  const create = useCreateAccount();
  const form = useSchemaForm<AccountFields, NewUserInput>({
    initial: emptyAccount,
    schema: newUserInputSchema,
    toCandidate: toNewUser,
  });
  const { values, errors, setErrors, setValues } = form;
  const [created, setCreated] = useState<string | null>(null);
  // A 409 on a create: another account has this username already.
  const showFailure = useWriteFailure(form, { onTaken: () => setErrors({ username: 'taken' }) });

  const errorText = (field: keyof AccountFields) => fieldErrorText(errors[field], `accounts.errors.${field}`);

  const submit = form.handleSubmit((input) => {
    setCreated(null);
    create.mutate(input, {
      onSuccess: (user) => {
        setCreated(user.displayName);
        setValues(emptyAccount);
      },
      onError: showFailure,
    });
  });

  return (
    <>
      <section className="card" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('accounts.title')}</h2>
        {accounts.isPending && <LoadingState />}
        {accounts.isError && <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />}
        {accounts.data && (
          <ul className="account-list">
            {accounts.data.items.map((user) => (
              <li key={user.id} className="account-row">
                <div>
                  <strong>{user.displayName}</strong>{' '}
                  <span className="account-meta">
                    {user.username} · {t(`accounts.roles.${user.role}`)}
                    {user.organisation ? ` · ${user.organisation}` : ''}
                  </span>
                </div>
                {user.disabled ? (
                  <span className="account-meta">{t('accounts.disabled')}</span>
                ) : user.id === me.id ? (
                  <span className="account-meta">{t('accounts.you')}</span>
                ) : (
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={disable.isPending}
                    aria-label={`${t('accounts.disable')}: ${user.displayName}`}
                    onClick={() => {
                      if (window.confirm(t('accounts.confirmDisable', { name: user.displayName })))
                        disable.mutate(user.id);
                    }}
                  >
                    {t('accounts.disable')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card official-card" aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>{t('accounts.newTitle')}</h2>
        <form ref={form.formRef} className="official-form" noValidate onSubmit={submit}>
          <FormField
            id={`${id}-username`}
            label={t('accounts.fields.username')}
            hint={t('accounts.usernameHint')}
            error={errors.username === 'taken' ? t('accounts.errors.usernameTaken') : errorText('username')}
          >
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                {...form.field('username')}
              />
            )}
          </FormField>
          <FormField
            id={`${id}-display`}
            label={t('accounts.fields.displayName')}
            hint={t('accounts.displayNameHint')}
            error={errorText('displayName')}
            limit={{ max: 100, value: form.values.displayName }}
          >
            {(props) => <input {...props} autoComplete="off" maxLength={100} {...form.field('displayName')} />}
          </FormField>
          <FormField id={`${id}-role`} label={t('accounts.fields.role')} error={errorText('role')}>
            {(props) => (
              <select {...props} {...form.field('role')}>
                {roles.map((role) => (
                  <option key={role} value={role}>
                    {t(`accounts.roles.${role}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {values.role === 'monitor' && (
            <FormField
              id={`${id}-org`}
              label={t('accounts.fields.organisation')}
              error={errorText('organisation')}
              limit={{ max: 200, value: form.values.organisation }}
            >
              {(props) => <input {...props} maxLength={200} {...form.field('organisation')} />}
            </FormField>
          )}
          <FormField
            id={`${id}-password`}
            label={t('accounts.fields.password')}
            hint={t('accounts.passwordHint')}
            error={errorText('password')}
          >
            {(props) => <input {...props} type="password" autoComplete="new-password" {...form.field('password')} />}
          </FormField>
          <FormFooter
            error={errors.form}
            success={created && t('accounts.created', { name: created })}
            submitLabel={t('accounts.create')}
            pending={create.isPending}
          />
        </form>
      </section>
    </>
  );
}
