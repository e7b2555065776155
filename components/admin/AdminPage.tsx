/**
 * The admin page: the rules as tables per party, validated as the admin types; a "what would happen if…"
 * simulation; audit-only mode; export (unsigned for the CLI, or signed here) and "apply to this browser".
 * Only for the admin role, which the background decides (docs/roles.md); the background also refuses to apply
 * rules from anyone else, whatever this page shows.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Policy } from '../../rules/schema.ts';
import type { RoleStatus } from '../../lib/roles/roles.ts';
import { t, uiLocale } from '../i18n.ts';
import { RoleBadge, untilText } from '../roles/RolesSection.tsx';
import { UnlockForm } from '../roles/UnlockForm.tsx';
import { backgroundAdmin, type AdminClient, type PolicyStatus } from './client.ts';
import { nextDraft, setIn, validate, type Draft, type Path } from './draft.ts';
import { PartyCard } from './PartyCard.tsx';
import { PublishPanel } from './PublishPanel.tsx';
import { Simulator } from './Simulator.tsx';
import { UnknownCard } from './UnknownCard.tsx';

function Logo() {
  return (
    <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" className="logo">
      <path d="M16 3 5 7v8c0 7 4.7 12.6 11 14 6.3-1.4 11-7 11-14V7L16 3z" fill="#BEAF87" />
      <path d="M10.5 13.5 16 22l5.5-8.5" fill="none" stroke="#252526" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function Locked({ status, client, onUnlocked }: { status: RoleStatus | null; client: AdminClient; onUnlocked(s: RoleStatus): void }) {
  let body;
  if (!status) body = <p className="field-error">{t('roles_unavailable')}</p>;
  else if (status.managed) body = <p>{t('admin_locked_managed', [t(`roles_name_${status.role}`)])}</p>;
  else if (!status.passphrases.admin) body = <p>{t('admin_locked_not_set')}</p>;
  else body = <UnlockForm role="admin" client={client} onUnlocked={onUnlocked} />;
  return (
    <main className="locked" data-testid="vigie-admin-locked">
      <div className="card locked-card">
        <p className="locked-brand">
          <Logo /> Vigie
        </p>
        <h1>{t('admin_locked_title')}</h1>
        <p className="sub-help">{t('admin_locked_help')}</p>
        {body}
      </div>
    </main>
  );
}

const SOURCE_KEY: Record<PolicyStatus['source'], string> = {
  default: 'admin_source_default',
  managed: 'admin_source_managed',
  url: 'admin_source_url',
  local: 'admin_source_local',
};

export function AdminPage({ client = backgroundAdmin }: { client?: AdminClient }) {
  const locale = uiLocale();
  const [role, setRole] = useState<RoleStatus | null | undefined>(undefined);
  const [active, setActive] = useState<{ policy: Policy; status: PolicyStatus } | null | undefined>(undefined);
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  const [baseline, setBaseline] = useState('');

  useEffect(() => {
    client.status().then(setRole, () => setRole(null));
  }, [client]);

  const load = useCallback(async () => {
    const r = await client.policy();
    setActive(r);
    if (r) {
      const next = nextDraft(r.policy);
      setDraft(next);
      setBaseline(JSON.stringify(next));
    }
  }, [client]);

  const isAdmin = role?.role === 'admin';
  useEffect(() => {
    if (isAdmin) void load();
  }, [isAdmin, load]);

  const validation = useMemo(() => (draft ? validate(draft) : undefined), [draft]);
  const change = useCallback((path: Path, value: unknown) => setDraft((d) => (d ? setIn(d, path, value) : d)), []);

  if (role === undefined) return <p className="loading">…</p>;
  if (!isAdmin) return <Locked status={role} client={client} onUnlocked={setRole} />;
  if (active === undefined || (active && !draft)) return <p className="loading">…</p>;
  if (active === null || !draft || !validation) return <p className="field-error loading">{t('roles_unavailable')}</p>;

  const errors = validation.errors;
  const dirty = JSON.stringify(draft) !== baseline;
  const internalIndex = draft.parties.findIndex((p) => p.internal);

  return (
    <div className="admin">
      <header className="app-header">
        <div className="brand">
          <Logo />
          <div>
            <span className="brand-name">Vigie</span>
            <span className="brand-tag">{t('admin_title')}</span>
          </div>
        </div>
        <div className="header-side">
          <RoleBadge status={role} />
          {role.source === 'passphrase' && <span className="header-until">{untilText(role.until)}</span>}
          {role.source === 'passphrase' && (
            <button type="button" className="btn-lock" data-testid="vigie-lock" onClick={() => client.lock().then((r) => r.ok && setRole(r.status))}>
              {t('roles_lock')}
            </button>
          )}
        </div>
      </header>

      <div className="admin-bar">
        <dl className="bar-facts">
          <div>
            <dt>{t('admin_active')}</dt>
            <dd data-testid="vigie-active-version">
              {t('admin_version_n', [String(active.status.version)])} · {t(SOURCE_KEY[active.status.source])}
            </dd>
          </div>
          <div>
            <dt>{t('admin_draft_version')}</dt>
            <dd>
              <input
                className="input version-input"
                type="number"
                min={1}
                value={draft.version}
                data-testid="vigie-version"
                aria-label={t('admin_draft_version')}
                onChange={(e) => change(['version'], e.target.value === '' ? 0 : Number(e.target.value))}
              />
            </dd>
          </div>
        </dl>
        <label className={`switch${draft.auditOnly ? ' on' : ''}`} title={t('admin_audit_only_help')}>
          <input type="checkbox" role="switch" checked={draft.auditOnly} onChange={(e) => change(['auditOnly'], e.target.checked)} data-testid="vigie-audit-only" />
          <span className="switch-track" aria-hidden="true" />
          <span>
            <span className="switch-label">{t('admin_audit_only')}</span>
            <span className="switch-help">{t('admin_audit_only_help')}</span>
          </span>
        </label>
        <div className="bar-state">
          {errors.length > 0 ? (
            <a className="state state-error" href="#problems" data-testid="vigie-problem-count">{t('admin_errors_count', [String(errors.length)])}</a>
          ) : (
            <span className="state state-ok" data-testid="vigie-valid">{t('admin_valid')}</span>
          )}
          {dirty && <span className="state state-dirty">{t('admin_unsaved')}</span>}
          {dirty && (
            <button type="button" className="btn btn-small" onClick={() => setDraft(JSON.parse(baseline) as Draft)}>
              {t('admin_revert')}
            </button>
          )}
        </div>
      </div>

      <div className="admin-main">
        <nav className="party-nav" aria-label={t('admin_parties')}>
          <h2>{t('admin_parties')}</h2>
          <ul>
            {draft.parties.map((p, i) => {
              const n = errors.filter((e) => e.path.startsWith(`parties[${i}]`)).length;
              return (
                <li key={i}>
                  <a href={`#party-${p.id}`}>
                    <span>{p.name[locale] || p.id}</span>
                    {n > 0 && <span className="nav-errors">{n}</span>}
                  </a>
                </li>
              );
            })}
            <li>
              <a href="#party-unknown">{t('admin_unknown_title')}</a>
            </li>
          </ul>
        </nav>

        <div className="parties">
          {errors.length > 0 && (
            <section className="card problems" id="problems" data-testid="vigie-problems">
              <h2>{t('admin_problems_title')}</h2>
              <p className="sub-help">{t('admin_problems_help')}</p>
              <ul>
                {errors.map((e, i) => (
                  <li key={i}>
                    <code>{e.path}</code> <span className="problem-text">{e.message}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {draft.parties.map((party, i) => (
            <PartyCard
              key={i}
              party={party}
              index={i}
              locale={locale}
              errors={errors}
              onChange={change}
              {...(i === internalIndex ? { agency: { domains: draft.agency.domains, emails: draft.agency.emails } } : {})}
            />
          ))}
          <UnknownCard unknown={draft.unknownRecipient} locale={locale} onChange={change} />
        </div>

        <aside className="side">
          <Simulator draft={validation.policy} active={active.policy} locale={locale} />
          <PublishPanel policy={validation.policy} status={active.status} changed={dirty} client={client} onApplied={() => void load()} />
        </aside>
      </div>
    </div>
  );
}
