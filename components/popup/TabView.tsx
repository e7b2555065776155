/** The agent's view of the current tab: is this site protected, under which policy version, and what happened lately. */
import { useEffect, useState } from 'react';
import { t } from '../i18n.ts';
import { ChoiceCell, DecisionBadge, KindChips, Recipients } from './Badges.tsx';
import { formatDate, formatTime, siteName } from './format.ts';
import type { TabStatus, TabStatusLoader } from './sources.ts';

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; status: TabStatus };

function ShieldIcon({ on }: { on: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" className="shield-icon">
      <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3z" fill="currentColor" opacity="0.15" />
      <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3z" fill="none" stroke="currentColor" strokeWidth="1.6" />
      {on ? <path d="m8.5 12 2.5 2.5 4.5-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" /> : <path d="M9 9l6 6M15 9l-6 6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />}
    </svg>
  );
}

export function TabView({ load, onOpenLog }: { load: TabStatusLoader; onOpenLog(): void }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (status) => live && setState(status ? { kind: 'ready', status } : { kind: 'unavailable' }),
      () => live && setState({ kind: 'unavailable' }),
    );
    return () => {
      live = false;
    };
  }, [load]);

  if (state.kind === 'loading') return <p className="notice" role="status">{t('popup_loading')}</p>;
  if (state.kind === 'unavailable') {
    return (
      <div className="notice notice-warn" role="status" data-testid="vigie-tab-unavailable">
        <strong>{t('popup_tab_unavailable')}</strong>
        <p>{t('popup_tab_unavailable_help')}</p>
      </div>
    );
  }
  const s = state.status;
  return (
    <section className="tab-view" aria-labelledby="tab-tab">
      <div className={`status-card ${s.protected ? 'is-protected' : 'is-unprotected'}`} data-testid="vigie-tab-status">
        <ShieldIcon on={s.protected} />
        <div>
          <h2>{t(s.protected ? 'popup_protected' : 'popup_unprotected')}</h2>
          <p className="status-host">
            {s.host || t('popup_no_host')}
            {s.site && <span className="site-pill">{siteName(s.site)}</span>}
          </p>
          <p className="status-help">{t(s.protected ? 'popup_protected_help' : 'popup_unprotected_help')}</p>
          {s.health && !s.health.ok && <p className="status-health">{t('popup_health_problem')}</p>}
          {s.policyError && (
            <p className="status-health" data-testid="vigie-policy-error">
              {t('popup_policy_error')} {s.policyError}
            </p>
          )}
        </div>
        <dl className="status-meta">
          <dt>{t('popup_policy')}</dt>
          <dd>{t('log_policy_version', [String(s.policyVersion)])}</dd>
        </dl>
      </div>

      <div className="recent-head">
        <h2>{t('popup_recent')}</h2>
        <button type="button" className="btn btn-link" onClick={onOpenLog}>{t('popup_open_log')}</button>
      </div>
      {s.recentDecisions.length === 0 ? (
        <p className="empty-text recent-empty">{t('popup_recent_empty')}</p>
      ) : (
        <ul className="recent">
          {s.recentDecisions.map((r) => (
            <li key={r.eventId} className="recent-item">
              <span className="recent-time">
                <span className="cell-main">{formatDate(r.time)}</span>
                <span className="cell-sub">{formatTime(r.time)}</span>
              </span>
              <span className="recent-what">
                <Recipients row={r} max={2} />
                <KindChips findings={r.findings} samples={false} />
              </span>
              <DecisionBadge decision={r.decision} />
              <ChoiceCell row={r} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
