/**
 * The options page's "Access" section: who this browser's user is for Vigie (agent, director, admin), where the
 * role comes from, first-run passphrases, unlocking for the session, and the way to the rules editor.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ElevatedRole, RoleStatus } from '../../lib/roles/roles.ts';
import { intlLocale, t } from '../i18n.ts';
import { backgroundRoles, type RoleClient } from './client.ts';
import { PassphraseChange, PassphraseSetup } from './PassphraseSetup.tsx';
import { UnlockForm } from './UnlockForm.tsx';

export function RoleBadge({ status }: { status: RoleStatus }) {
  return <span className={`role-badge role-${status.role}`} data-testid="vigie-role">{t(`roles_name_${status.role}`)}</span>;
}

export function untilText(until: number | undefined): string {
  if (!until) return '';
  return t('roles_until', [new Intl.DateTimeFormat(intlLocale(), { hour: '2-digit', minute: '2-digit' }).format(until)]);
}

export function RolesSection({ client = backgroundRoles, adminUrl }: { client?: RoleClient; adminUrl?: string }) {
  const [status, setStatus] = useState<RoleStatus | null | undefined>(undefined);
  const [unlockAs, setUnlockAs] = useState<ElevatedRole>('director');
  const href = adminUrl ?? browser.runtime.getURL('/admin.html');

  useEffect(() => {
    client.status().then(setStatus, () => setStatus(null));
  }, [client]);

  if (status === undefined) return <p className="muted">…</p>;
  if (status === null) return <p className="field-error">{t('roles_unavailable')}</p>;

  const editor = status.role === 'admin' && (
    <a className="btn btn-primary" href={href} data-testid="vigie-open-admin">{t('roles_open_admin')}</a>
  );

  if (status.managed) {
    return (
      <div className="roles">
        <p className="role-line">{t('roles_current')} <RoleBadge status={status} /> <span className="muted">{t('roles_source_managed')}</span></p>
        {editor}
      </div>
    );
  }

  if (!status.passphrases.admin && !status.passphrases.director) {
    return (
      <div className="roles">
        <p className="role-line">{t('roles_current')} <RoleBadge status={status} /></p>
        <PassphraseSetup client={client} onDone={setStatus} />
      </div>
    );
  }

  if (status.role === 'agent') {
    return (
      <div className="roles">
        <p className="role-line">{t('roles_current')} <RoleBadge status={status} /></p>
        <div className="segmented" role="radiogroup" aria-label={t('roles_unlock_as')}>
          {(['director', 'admin'] as const).map((r) => (
            <button key={r} type="button" role="radio" aria-checked={unlockAs === r} className="segment" data-testid={`vigie-unlock-as-${r}`} onClick={() => setUnlockAs(r)}>
              {t(`roles_name_${r}`)}
            </button>
          ))}
        </div>
        <UnlockForm key={unlockAs} role={unlockAs} client={client} onUnlocked={setStatus} />
        <p className="help">{t('roles_session_help')}</p>
      </div>
    );
  }

  return (
    <div className="roles">
      <p className="role-line">
        {t('roles_current')} <RoleBadge status={status} /> <span className="muted">{untilText(status.until)}</span>
        <button type="button" className="btn btn-small" data-testid="vigie-lock" onClick={() => client.lock().then((r) => r.ok && setStatus(r.status))}>
          {t('roles_lock')}
        </button>
      </p>
      {editor}
      {status.role === 'admin' && (
        <details className="change-passphrases">
          <summary>{t('roles_change_title')}</summary>
          <PassphraseChange client={client} role="admin" />
          <PassphraseChange client={client} role="director" />
        </details>
      )}
    </div>
  );
}
