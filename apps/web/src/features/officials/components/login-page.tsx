import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/page-title.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useMe } from '../api/get-me.ts';
import { useLogin } from '../api/login.ts';
import { retryAfterSeconds } from '../api/send-json.ts';
import { safeNext } from '../safe-next.ts';
import '../officials.css';

export default function LoginPage() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const me = useMe();
  const login = useLogin();

  if (me.data && !login.isSuccess) return <Navigate to={next} replace />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    login.mutate(
      { username: String(data.get('username') ?? ''), password: String(data.get('password') ?? '') },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  }

  return (
    <div className="page login-page">
      <PageTitle title={t('officials.login.title')} />
      <h1>{t('officials.login.title')}</h1>
      <p className="lead">{t('officials.login.intro')}</p>
      <form className="card login-form" onSubmit={submit} noValidate>
        {login.isError && (
          <p className="form-alert" role="alert">
            {loginErrorText(login.error, t)}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-username`}>{t('officials.login.username')}</label>
          <input id={`${id}-username`} name="username" autoComplete="username" required maxLength={64} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('officials.login.password')}</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={256}
          />
        </div>
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('officials.login.submitting') : t('officials.login.submit')}
        </button>
      </form>
    </div>
  );
}

function loginErrorText(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (error instanceof ApiError && error.status === 429) {
    const seconds = retryAfterSeconds(error);
    return seconds
      ? t('officials.login.tooMany', { minutes: Math.max(1, Math.ceil(seconds / 60)) })
      : t('officials.login.tooManyLater');
  }
  if (error instanceof ApiError && (error.status === 401 || error.status === 400)) return t('officials.login.wrong');
  return t('officials.login.failed');
}
