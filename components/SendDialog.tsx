/**
 * The send dialog, an extension page shown in an iframe over the webmail (lib/guard/dialog-host.ts).
 * Only trusted events act: a page script cannot reach this document, and synthetic events are ignored anyway.
 * The agent's choice goes to the background, which checks it against the held decision before releasing the send.
 */
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { browser } from 'wxt/browser';
import type { DialogModel } from '../lib/guard/dialog-model.ts';
import { localeOf } from '../lib/guard/locale.ts';
import { typeLabel } from './labels.ts';
import { t } from './i18n.ts';

type Props = { eventId: string; nonce: string };
const locale = localeOf(browser.i18n.getUILanguage());
const trusted = (e: SyntheticEvent) => e.nativeEvent.isTrusted;

export function SendDialog({ eventId, nonce }: Props) {
  const [model, setModel] = useState<DialogModel | null | undefined>(undefined);
  const [basis, setBasis] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    browser.runtime
      .sendMessage({ type: 'ui-bg:dialog-open', eventId, nonce })
      .then((m: unknown) => setModel((m as DialogModel | null) ?? null))
      .catch(() => setModel(null));
  }, [eventId, nonce]);
  useEffect(() => {
    cancelRef.current?.focus();
    // The frame that puts the content on screen: the browser benchmark times the gesture up to here.
    if (model !== undefined) requestAnimationFrame(() => performance.mark('vigie:dialog-painted'));
  }, [model]);

  async function choose(choice: 'cancel' | 'send-anyway') {
    setBusy(true);
    const r = (await browser.runtime
      .sendMessage({ type: 'ui-bg:dialog-choice', eventId, nonce, choice, ...(basis ? { legalBasis: basis } : {}), ...(text.trim() ? { text } : {}) })
      .catch(() => null)) as { ok?: boolean; error?: string } | null;
    setBusy(false);
    if (!r?.ok) setError(t(r?.error === 'justification-required' ? 'dialog_error_justification' : 'dialog_error_generic'));
  }

  if (model === undefined) return <div className="backdrop" />;
  if (model === null) {
    return (
      <div className="backdrop">
        <div className="card" role="alertdialog" aria-modal="true" data-testid="vigie-send-dialog">
          <p>{t('dialog_expired')}</p>
          <div className="actions">
            <button ref={cancelRef} data-testid="vigie-cancel" onClick={(e) => trusted(e) && void choose('cancel')}>{t('dialog_close')}</button>
          </div>
        </div>
      </div>
    );
  }

  const blocked = model.decision === 'block';
  const j = model.justification;
  const ready = !j.required || (basis !== '' && text.trim().length >= j.minLength);
  return (
    <div
      className="backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && trusted(e)) void choose('cancel');
      }}
    >
      <div className={`card ${blocked ? 'block' : 'warn'}`} role="alertdialog" aria-modal="true" aria-labelledby="vigie-title" data-testid="vigie-send-dialog">
        <header>
          <svg className="mark" viewBox="0 0 24 24" aria-hidden="true">
            {blocked ? (
              <path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm5 11H7v-2h10v2Z" />
            ) : (
              <path fill="currentColor" d="M1 21h22L12 2 1 21Zm12-3h-2v-2h2v2Zm0-4h-2v-4h2v4Z" />
            )}
          </svg>
          <div>
            <h1 id="vigie-title">{t(blocked ? 'dialog_title_block' : 'dialog_title_warn')}</h1>
            <p className="lead">{t(blocked ? 'dialog_lead_block' : 'dialog_lead_warn')}</p>
          </div>
        </header>

        <ul className="dests">
          {model.destinations.map((d) => (
            <li key={d.to} className={d.decision}>
              <div className="to">
                <strong>{d.to}</strong>
                <span className="party">{d.partyName ? d.partyName[locale] : t('dialog_unknown_recipient')}</span>
                <span className={`badge ${d.decision}`}>{t(d.decision === 'block' ? 'dialog_badge_block' : 'dialog_badge_warn')}</span>
              </div>
              <div className="kinds">
                {d.kinds.map((k) => (
                  <span key={k.type} className="kind">
                    {typeLabel(k.type, locale)}
                    {k.samples.length > 0 && <code>{k.samples.join(', ')}</code>}
                  </span>
                ))}
              </div>
              {d.reasons.map((r, i) => (
                <div key={i} className="reason">
                  <p>{r.message[locale]}</p>
                  {r.clause && (
                    <blockquote>
                      <cite>{t('dialog_clause', [r.clause.section])}</cite>
                      <span lang="fr">« {r.clause.quote} »</span>
                    </blockquote>
                  )}
                </div>
              ))}
            </li>
          ))}
        </ul>

        {blocked ? (
          <p className="blocked" data-testid="vigie-blocked">{t('dialog_blocked_help')}</p>
        ) : (
          <form className="justify" onSubmit={(e) => e.preventDefault()}>
            <label>
              <span>
                {t('dialog_legal_basis')}
                {j.required && <span className="req"> *</span>}
              </span>
              <select value={basis} autoComplete="off" onChange={(e) => setBasis(e.target.value)} data-testid="vigie-legal-basis">
                <option value="">{t('dialog_choose')}</option>
                {j.legalBases.map((b) => (
                  <option key={b.id} value={b.id}>{b.label[locale]}</option>
                ))}
              </select>
            </label>
            <label>
              <span>
                {t('dialog_justification')}
                {j.required && <span className="req"> *</span>}
              </span>
              {/* autocomplete=off also keeps the browser from saving the text in its session files. */}
              <textarea
                autoComplete="off"
                data-testid="vigie-justification"
                value={text}
                rows={3}
                maxLength={2000}
                placeholder={t('dialog_justification_placeholder')}
                onChange={(e) => setText(e.target.value)}
              />
              {j.required && <small>{t('dialog_min_length', [String(j.minLength)])}</small>}
            </label>
          </form>
        )}
        {error && <p className="error" role="alert">{error}</p>}

        <div className="actions">
          <button ref={cancelRef} className="secondary" data-testid="vigie-cancel" disabled={busy} onClick={(e) => trusted(e) && void choose('cancel')}>
            {t(blocked ? 'dialog_back' : 'dialog_cancel')}
          </button>
          {!blocked && (
            <button className="primary" data-testid="vigie-send-anyway" disabled={busy || !ready} onClick={(e) => trusted(e) && void choose('send-anyway')}>
              {t('dialog_send_anyway')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
