/**
 * Publishing the edited rules: download them for the CLI (`policy sign`), sign them here with the admin's private
 * key (imported for this page only, as a non-extractable key; never stored), or apply them to this browser.
 * The signature is exactly the CLI's: base64 of the raw ECDSA P-256 signature over the file's bytes.
 */
import { useState, type ChangeEvent } from 'react';
import { importSigningKey, signRules } from '../../lib/policy/signature.ts';
import type { Policy } from '../../rules/schema.ts';
import { refusalText, t } from '../i18n.ts';
import { downloadText } from '../popup/format.ts';
import type { AdminClient, PolicyStatus } from './client.ts';
import { rulesText } from './draft.ts';

interface Props {
  /** The edited rules, when valid. */
  policy?: Policy;
  status: PolicyStatus;
  /** Whether the rules differ from the active ones: applying the same rules again is refused here. */
  changed: boolean;
  client: AdminClient;
  onApplied(): void;
}

interface SigningKey {
  key: CryptoKey;
  /** The start of the public x coordinate, to tell keys apart. */
  label: string;
  file: string;
}

type Message = { tone: 'ok' | 'error'; text: string; detail?: string };

const fileName = (p: Policy) => `vigie-rules-v${p.version}.json`;

export function PublishPanel({ policy, status, changed, client, onApplied }: Props) {
  const [signing, setSigning] = useState<SigningKey | null>(null);
  const [keyError, setKeyError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const organisation = status.source === 'managed' || status.source === 'url';
  const newer = !!policy && policy.version > status.version;

  async function importKey(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = ''; // the file input keeps nothing either
    if (!file) return;
    setKeyError(null);
    try {
      const jwk = JSON.parse(await file.text()) as JsonWebKey;
      const key = await importSigningKey(jwk);
      setSigning({ key, label: `${String(jwk.x).slice(0, 10)}…`, file: file.name });
    } catch {
      setSigning(null);
      setKeyError(t('admin_key_invalid'));
    }
  }

  const sign = (text: string) => (signing ? signRules(signing.key, new TextEncoder().encode(text)) : Promise.resolve(undefined));

  function download() {
    if (!policy) return;
    downloadText(rulesText(policy), fileName(policy), 'application/json');
    setMessage({ tone: 'ok', text: t('admin_downloaded', [fileName(policy)]) });
  }

  /** A separate click: browsers hold back a second automatic download. */
  async function downloadSignature() {
    if (!policy || !signing) return;
    const signature = await sign(rulesText(policy));
    downloadText(`${signature}\n`, `${fileName(policy)}.sig`, 'text/plain');
    setMessage({ tone: 'ok', text: t('admin_downloaded_signed', [`${fileName(policy)}.sig`]) });
  }

  async function apply() {
    if (!policy || busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const text = rulesText(policy);
      const r = await client.apply(text, await sign(text));
      if (r.ok) {
        setMessage({ tone: 'ok', text: t('admin_applied', [String(policy.version)]) });
        onApplied();
      } else {
        const why = refusalText(r.code);
        setMessage({ tone: 'error', text: r.refused ? t('admin_apply_refused_role') : `${t('admin_apply_refused')}${why ? ` ${why}` : ''}`, detail: r.error });
      }
    } catch (err) {
      setMessage({ tone: 'error', text: t('admin_apply_refused'), detail: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card publish" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('admin_publish_title')}</h2>

      <div className="publish-step">
        <h3>{t('admin_sign_title')}</h3>
        <p className="sub-help">{t('admin_sign_help')}</p>
        {signing ? (
          <div className="key-loaded" data-testid="vigie-key-loaded">
            <span className="key-dot" aria-hidden="true" />
            <span>
              {t('admin_key_loaded')} <code>{signing.label}</code>
            </span>
            <button type="button" className="btn btn-small" onClick={() => setSigning(null)}>{t('admin_key_forget')}</button>
          </div>
        ) : (
          <label className="btn btn-small file-btn">
            {t('admin_key_import')}
            <input type="file" accept=".jwk,.json,application/json" onChange={importKey} data-testid="vigie-import-key" />
          </label>
        )}
        {keyError && <p className="field-error" role="alert">{keyError}</p>}
      </div>

      <div className="publish-actions">
        <button type="button" className="btn" disabled={!policy} onClick={download} data-testid="vigie-export">
          {t('admin_export')}
        </button>
        {signing && (
          <button type="button" className="btn" disabled={!policy} onClick={() => void downloadSignature()} data-testid="vigie-export-sig">
            {t('admin_export_sig')}
          </button>
        )}
        <button type="button" className="btn btn-primary" disabled={!policy || organisation || !newer || !changed || busy} onClick={() => void apply()} data-testid="vigie-apply">
          {busy ? t('roles_checking') : t('admin_apply')}
        </button>
      </div>
      {!policy && <p className="sub-help">{t('admin_fix_first')}</p>}
      {policy && !newer && <p className="sub-help">{t('admin_version_not_newer', [String(status.version)])}</p>}
      {policy && newer && !changed && !organisation && <p className="sub-help">{t('admin_no_changes')}</p>}
      {organisation && (
        <p className="notice-inline" data-testid="vigie-apply-blocked">
          {t(status.source === 'managed' ? 'admin_apply_managed' : 'admin_apply_url')}
        </p>
      )}
      {message && (
        <div className={`result result-${message.tone}`} role="status" data-testid="vigie-apply-result">
          <p>{message.text}</p>
          {message.detail && <p className="result-detail">{message.detail}</p>}
        </div>
      )}
    </section>
  );
}
