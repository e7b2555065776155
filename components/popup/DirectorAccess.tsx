/**
 * What an agent sees instead of the journal: the journal is for the director (and the admin). A passphrase set at
 * first run unlocks it for this browser session; with an enterprise policy, the policy alone decides.
 */
import { browser } from 'wxt/browser';
import type { RoleStatus } from '../../lib/roles/roles.ts';
import { t } from '../i18n.ts';
import type { RoleClient } from '../roles/client.ts';
import { UnlockForm } from '../roles/UnlockForm.tsx';

function LockIcon() {
  return (
    <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" className="lock-icon">
      <rect x="5" y="10.5" width="14" height="10" rx="2" fill="currentColor" opacity="0.15" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="12" cy="15.5" r="1.4" fill="currentColor" />
    </svg>
  );
}

export function DirectorAccess({ status, client, onUnlocked }: { status: RoleStatus | null; client: RoleClient; onUnlocked(s: RoleStatus): void }) {
  let body;
  if (!status) body = <p className="field-error">{t('roles_unavailable')}</p>;
  else if (status.managed) body = <p>{t('popup_access_managed')}</p>;
  else if (!status.passphrases.director && !status.passphrases.admin) {
    body = (
      <>
        <p>{t('popup_access_not_set')}</p>
        <button type="button" className="btn" onClick={() => void browser.runtime.openOptionsPage()}>{t('popup_open_options')}</button>
      </>
    );
  } else body = <UnlockForm role="director" client={client} onUnlocked={onUnlocked} />;

  return (
    <section className="director-access" data-testid="vigie-director-access" aria-labelledby="director-access-title">
      <div className="access-card">
        <LockIcon />
        <div className="access-body">
          <h2 id="director-access-title">{t('popup_access_title')}</h2>
          <p className="muted">{t('popup_access_help')}</p>
          {body}
        </div>
      </div>
    </section>
  );
}
