/**
 * "What would happen if…": a draft and its recipients, decided in the page against the edited rules (and, for
 * comparison, the active ones). Nothing leaves the page: detection and decision run here (lib/policy/simulate.ts).
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { SITE_ACTIONS } from '../../lib/policy/destination-parse.ts';
import { simulateDraft, type Simulation } from '../../lib/policy/simulate.ts';
import type { Locale, Policy } from '../../lib/policy/types.ts';
import { t } from '../i18n.ts';
import { DecisionBadge } from '../popup/Badges.tsx';
import { decisionName, kindName, siteName } from '../popup/format.ts';

/** The sites an agent works on, first; the CLI's generic ones after. */
const SITES = Object.keys(SITE_ACTIONS);

interface Props {
  /** The edited rules, when valid. */
  draft?: Policy;
  active: Policy;
  locale: Locale;
}

const recipientsOf = (text: string) => text.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean);

export function Simulator({ draft, active, locale }: Props) {
  const id = useId();
  const [site, setSite] = useState('gmail');
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const input = useDeferredValue({ site, to, text });

  const results = useMemo(() => {
    const recipients = recipientsOf(input.to);
    if (recipients.length === 0) return null;
    const run = (policy: Policy): Simulation => simulateDraft(policy, { site: input.site, to: recipients, text: input.text });
    return { edited: draft ? run(draft) : undefined, before: run(active) };
  }, [input, draft, active]);

  const partyName = (policy: Policy, id?: string) => policy.parties.find((p) => p.id === id)?.name[locale];

  return (
    <section className="card simulator" aria-labelledby={`${id}-title`} data-testid="vigie-simulator">
      <h2 id={`${id}-title`}>{t('admin_sim_title')}</h2>
      <p className="sub-help">{t('admin_sim_help')}</p>
      <div className="sim-fields">
        <label className="field">
          <span>{t('admin_sim_site')}</span>
          <select className="input" value={site} onChange={(e) => setSite(e.target.value)} data-testid="vigie-sim-site">
            {SITES.map((s) => (
              <option key={s} value={s}>{siteName(s)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('admin_sim_to')}</span>
          <textarea className="input mono" rows={2} value={to} placeholder="etude@notaire.be, cc:jean@gmail.com" onChange={(e) => setTo(e.target.value)} data-testid="vigie-sim-to" />
        </label>
        <label className="field">
          <span>{t('admin_sim_text')}</span>
          <textarea className="input" rows={5} value={text} placeholder={t('admin_sim_text_placeholder')} onChange={(e) => setText(e.target.value)} data-testid="vigie-sim-text" />
        </label>
      </div>

      {!results ? (
        <p className="sim-empty">{t('admin_sim_empty')}</p>
      ) : !results.edited ? (
        <p className="field-error" role="status">{t('admin_sim_invalid')}</p>
      ) : !results.edited.ok ? (
        <ul className="field-errors" role="status">
          {results.edited.badDestinations.map((b) => (
            <li key={b.raw} className="field-error">{t('admin_sim_bad_destination', [b.raw])}</li>
          ))}
        </ul>
      ) : (
        <div className="sim-results" role="status" aria-live="polite">
          <p className="sim-overall">
            {t('admin_sim_overall')} <DecisionBadge decision={results.edited.decision.decision} />
            {results.edited.decision.auditOnly && <span className="tag tag-audit">{t('admin_audit_only_on')}</span>}
          </p>
          <ul className="sim-list">
            {results.edited.decision.destinations.map((d, i) => {
              const before = results.before.ok ? results.before.decision.destinations[i] : undefined;
              const changed = before && before.decision !== d.decision;
              return (
                <li key={`${d.to}-${i}`} className={`sim-row sim-${d.decision}`} data-testid="vigie-sim-result" data-to={d.to} data-decision={d.decision}>
                  <div className="sim-row-head">
                    <span className="sim-to mono">{d.to}</span>
                    <DecisionBadge decision={d.decision} />
                  </div>
                  <p className="sim-party">{d.party ? partyName(draft!, d.party) : t('admin_sim_unknown_party')}</p>
                  {changed && <p className="sim-before">{t('admin_sim_before', [decisionName(before.decision)])}</p>}
                  <ul className="sim-reasons">
                    {d.reasons.map((r, j) => (
                      <li key={j}>{r.message[locale]}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
          {results.edited.findings.length > 0 && (
            <div className="sim-findings">
              <h3>{t('admin_sim_findings')}</h3>
              <ul className="chips">
                {results.edited.findings.map((f, i) => (
                  <li key={i} className="chip">
                    <span className="chip-name">{kindName(f.type)}</span>
                    <span className="chip-sample">{f.masked}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
