/**
 * Options: the agent says who they are (asked once at first run; the name goes into the share log), and sees
 * where the active policy comes from. Fields the organisation sets by managed policy are read-only.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import type { PolicyStatus } from '../entrypoints/background/policy-store.ts';
import { intlLocale, refusalText, t } from './i18n.ts';
import { RolesSection } from './roles/RolesSection.tsx';

interface Settings {
  agent?: { name?: string; email?: string };
  managed?: { name: boolean; email: boolean };
  policy?: PolicyStatus;
}

const REFRESH_MS = 10_000;

function when(ms: number | undefined): string {
  if (ms === undefined) return t('options_policy_never');
  return new Date(ms).toLocaleString(intlLocale());
}

export function PolicyStatusView({ status }: { status: PolicyStatus | null }) {
  if (!status) return <p>…</p>;
  const why = refusalText(status.lastError?.code);
  return (
    <>
      <dl data-testid="vigie-policy-status" data-source={status.source} data-version={status.version}>
        <dt>{t('options_policy_source')}</dt>
        <dd data-testid="vigie-policy-source">{t(`options_policy_source_${status.source}`)}</dd>
        <dt>{t('options_policy_version')}</dt>
        <dd data-testid="vigie-policy-version">{status.version}</dd>
        <dt>{t('options_policy_issued')}</dt>
        <dd>{when(Date.parse(status.issuedAt))}</dd>
        {status.url && (
          <>
            <dt>{t('options_policy_url')}</dt>
            <dd data-testid="vigie-policy-url">{status.url}</dd>
            <dt>{t('options_policy_checked')}</dt>
            <dd data-testid="vigie-policy-checked">{when(status.lastCheckedAt)}</dd>
          </>
        )}
      </dl>
      {status.lastError && (
        <div className="policy-error" role="alert" data-testid="vigie-policy-error">
          <strong>{t('options_policy_error')}</strong> ({when(status.lastError.at)}): {why ?? status.lastError.message}
          {why && <code className="policy-error-detail">{status.lastError.message}</code>}
          <br />
          {t('options_policy_error_kept')}
        </div>
      )}
      {status.managedErrors && status.managedErrors.length > 0 && (
        <div className="policy-error" role="alert" data-testid="vigie-policy-managed-errors">
          <strong>{t('options_policy_managed_errors')}</strong>
          <ul>
            {status.managedErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

export function Options() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [managed, setManaged] = useState({ name: false, email: false });
  const [status, setStatus] = useState<PolicyStatus | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    browser.runtime.sendMessage({ type: 'ui-bg:settings-get' }).then((r: unknown) => {
      const s = r as Settings | null;
      setName(s?.agent?.name ?? '');
      setEmail(s?.agent?.email ?? '');
      setManaged(s?.managed ?? { name: false, email: false });
      setStatus(s?.policy ?? null);
    });
    // The rules URL is polled in the background: keep the status current while the page is open.
    const refresh = () =>
      browser.runtime
        .sendMessage({ type: 'ui-bg:policy-status' })
        .then((r: unknown) => r && setStatus(r as PolicyStatus))
        .catch(() => undefined);
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    await browser.runtime.sendMessage({ type: 'ui-bg:settings-set', agent: { name, email } });
    setSaved(true);
  }

  const allManaged = managed.name && managed.email;
  return (
    <main>
      <h1>Vigie</h1>
      <p>{t('options_intro')}</p>
      <h2>{t('options_identity')}</h2>
      <form onSubmit={save}>
        <label>
          {t('options_name')}
          <input data-testid="vigie-agent-name" value={name} readOnly={managed.name} onChange={(e) => { setName(e.target.value); setSaved(false); }} required autoComplete="name" />
        </label>
        <label>
          {t('options_email')}
          <input data-testid="vigie-agent-email" type="email" value={email} readOnly={managed.email} onChange={(e) => { setEmail(e.target.value); setSaved(false); }} required autoComplete="email" />
        </label>
        {(managed.name || managed.email) && <p className="managed" data-testid="vigie-identity-managed">{t('options_managed_identity')}</p>}
        {!allManaged && <button type="submit" data-testid="vigie-agent-save">{t('options_save')}</button>}
        {saved && <p className="saved" role="status">{t('options_saved')}</p>}
      </form>
      <h2>{t('options_policy')}</h2>
      <PolicyStatusView status={status} />
      <h2>{t('roles_title')}</h2>
      <RolesSection />
    </main>
  );
}
