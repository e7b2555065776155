/**
 * First run: the admin chooses the admin passphrase (and the director's). Only accepted by the background while
 * no passphrase exists; afterwards an admin changes them one at a time (`mode="change"`).
 */
import { useId, useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../lib/roles/passphrase.ts';
import type { ElevatedRole, RoleResult, RoleStatus } from '../../lib/roles/roles.ts';
import { t } from '../i18n.ts';
import type { RoleClient } from './client.ts';
import { roleErrorText } from './UnlockForm.tsx';

interface Pair {
  value: string;
  confirm: string;
}
const empty: Pair = { value: '', confirm: '' };

function pairProblem(p: Pair, optional: boolean): string | null {
  if (optional && !p.value && !p.confirm) return null;
  if (passphraseProblem(p.value)) return t('roles_error_too_short', [String(MIN_PASSPHRASE_LENGTH)]);
  if (p.value !== p.confirm) return t('roles_error_mismatch');
  return null;
}

function PairFields({ role, pair, onChange, problem, show }: { role: ElevatedRole; pair: Pair; onChange(p: Pair): void; problem: string | null; show: boolean }) {
  const id = useId();
  return (
    <fieldset className="pass-pair">
      <legend>{t(`roles_new_passphrase_${role}`)}</legend>
      <label htmlFor={`${id}-v`}>{t('roles_passphrase')}</label>
      <input id={`${id}-v`} type="password" autoComplete="new-password" data-testid={`vigie-setup-${role}`} value={pair.value} onChange={(e) => onChange({ ...pair, value: e.target.value })} />
      <label htmlFor={`${id}-c`}>{t('roles_passphrase_confirm')}</label>
      <input id={`${id}-c`} type="password" autoComplete="new-password" data-testid={`vigie-setup-${role}-confirm`} value={pair.confirm} onChange={(e) => onChange({ ...pair, confirm: e.target.value })} />
      {show && problem && <p className="field-error" role="alert">{problem}</p>}
    </fieldset>
  );
}

export function PassphraseSetup({ client, onDone }: { client: RoleClient; onDone(status: RoleStatus): void }) {
  const [admin, setAdmin] = useState(empty);
  const [director, setDirector] = useState(empty);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const adminProblem = pairProblem(admin, false);
  const directorProblem = pairProblem(director, true) ?? (director.value && director.value === admin.value ? t('roles_error_same_passphrase') : null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (adminProblem || directorProblem || busy) return;
    setBusy(true);
    setError(null);
    const r: RoleResult = await client.setup(admin.value, director.value || undefined).catch(() => ({ ok: false, error: 'not-allowed' }) as const);
    setBusy(false);
    if (r.ok) onDone(r.status);
    else setError(roleErrorText(r));
  }

  return (
    <form className="setup-form" onSubmit={submit} noValidate>
      <p className="help">{t('roles_setup_help', [String(MIN_PASSPHRASE_LENGTH)])}</p>
      <PairFields role="admin" pair={admin} onChange={setAdmin} problem={adminProblem} show={tried} />
      <PairFields role="director" pair={director} onChange={setDirector} problem={directorProblem} show={tried} />
      {error && <p className="field-error" role="alert">{error}</p>}
      <button type="submit" className="btn btn-primary" data-testid="vigie-setup-submit" disabled={busy}>
        {busy ? t('roles_checking') : t('roles_setup_submit')}
      </button>
    </form>
  );
}

/** An admin sets a new passphrase for one role. */
export function PassphraseChange({ client, role }: { client: RoleClient; role: ElevatedRole }) {
  const [pair, setPair] = useState(empty);
  const [tried, setTried] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const problem = pairProblem(pair, false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (problem) return;
    const r: RoleResult = await client.change(role, pair.value).catch(() => ({ ok: false, error: 'not-allowed' }) as const);
    setMessage(r.ok ? { ok: true, text: t('roles_changed') } : { ok: false, text: roleErrorText(r) });
    if (r.ok) {
      setPair(empty);
      setTried(false);
    }
  }

  return (
    <form className="setup-form" onSubmit={submit} noValidate>
      <PairFields role={role} pair={pair} onChange={(p) => { setPair(p); setMessage(null); }} problem={problem} show={tried} />
      <button type="submit" className="btn">{t('roles_change_submit')}</button>
      {message && <p className={message.ok ? 'saved' : 'field-error'} role="status">{message.text}</p>}
    </form>
  );
}
