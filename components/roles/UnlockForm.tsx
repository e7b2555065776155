/** A passphrase field that asks the background to unlock a role for this session. */
import { useId, useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../lib/roles/passphrase.ts';
import type { ElevatedRole, RoleResult, RoleStatus } from '../../lib/roles/roles.ts';
import { t } from '../i18n.ts';
import type { RoleClient } from './client.ts';
import './roles.css';

export function roleErrorText(result: Extract<RoleResult, { ok: false }>): string {
  if (result.error === 'too-many-attempts') return t('roles_error_too_many_attempts', [String(Math.ceil((result.retryAfterMs ?? 60_000) / 1000))]);
  if (result.error === 'too-short') return t('roles_error_too_short', [String(MIN_PASSPHRASE_LENGTH)]);
  return t(`roles_error_${result.error.replace(/-/g, '_')}`);
}

interface Props {
  role: ElevatedRole;
  client: RoleClient;
  onUnlocked(status: RoleStatus): void;
}

export function UnlockForm({ role, client, onUnlocked }: Props) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!passphrase || busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await client.unlock(role, passphrase);
      if (r.ok) onUnlocked(r.status);
      else setError(roleErrorText(r));
    } catch {
      setError(t('roles_error_not_allowed'));
    } finally {
      setBusy(false);
      setPassphrase('');
    }
  }

  return (
    <form className="unlock-form" onSubmit={submit} data-testid={`vigie-unlock-${role}`}>
      <label htmlFor={id}>{t(`roles_passphrase_${role}`)}</label>
      <div className="unlock-row">
        <input
          id={id}
          type="password"
          autoComplete="current-password"
          data-testid="vigie-passphrase"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          disabled={busy}
        />
        <button type="submit" className="btn btn-primary" data-testid="vigie-unlock-submit" disabled={busy || !passphrase}>
          {busy ? t('roles_checking') : t('roles_unlock')}
        </button>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert" data-testid="vigie-unlock-error">
          {error}
        </p>
      )}
    </form>
  );
}
