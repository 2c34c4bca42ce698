import type { LoginInput } from '@civic/shared/schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { FormField } from '../../../components/form-field.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { loginInputSchema } from '../../../lib/schemas.ts';
import { useSchemaForm } from '../../../lib/use-schema-form.ts';
import { useMe } from '../api/get-me.ts';
import { useLogin } from '../api/login.ts';
import { safeNext } from '../safe-next.ts';
import '../auth.css';
import { useFieldErrorText } from '../../../lib/field-error-text.ts';

export default function LoginPage() {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const id = useId();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const me = useMe();
  const login = useLogin();
  const form = useSchemaForm({ initial: { username: '', password: '' }, schema: loginInputSchema });

  if (me.data && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (input: LoginInput) => login.mutate(input, { onSuccess: () => navigate(next, { replace: true }) });
  const errorText = (field: 'username' | 'password') => fieldErrorText(form.errors[field], `officials.errors.${field}`);

  return (
    <div className="page login-page">
      <PageTitle title={t('officials.login.title')} />
      <h1>{t('officials.login.title')}</h1>
      <p className="lead">{t('officials.login.intro')}</p>
      <form ref={form.formRef} className="card login-form" onSubmit={form.handleSubmit(submit)} noValidate>
        {login.isError && (
          <p className="form-alert" role="alert">
            {loginErrorText(login.error, t)}
          </p>
        )}
        <FormField id={`${id}-username`} label={t('officials.login.username')} error={errorText('username')}>
          {(control) => (
            <input {...control} {...form.field('username')} autoComplete="username" required maxLength={64} />
          )}
        </FormField>
        <FormField id={`${id}-password`} label={t('officials.login.password')} error={errorText('password')}>
          {(control) => (
            <input
              {...control}
              {...form.field('password')}
              type="password"
              autoComplete="current-password"
              required
              maxLength={256}
            />
          )}
        </FormField>
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('officials.login.submitting') : t('officials.login.submit')}
        </button>
      </form>
    </div>
  );
}

function loginErrorText(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (error instanceof ApiError && error.status === 429) {
    return error.retryAfter
      ? t('officials.login.tooMany', { minutes: Math.max(1, Math.ceil(error.retryAfter / 60)) })
      : t('officials.login.tooManyLater');
  }
  if (error instanceof ApiError && (error.status === 401 || error.status === 400)) return t('officials.login.wrong');
  return t('officials.login.failed');
}
