/**
 * The toolbar popup: "Cet onglet" (the agent: is this site protected, recent decisions) and "Journal" (the
 * director: the share log). `popup.html#journal` opens on the journal. Data sources are props so tests can stub them.
 * The journal shows only when the background says the user is director or admin; an agent gets the director
 * access unlock instead (docs/roles.md).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { hasRole, type RoleStatus } from '../lib/roles/roles.ts';
import { t } from './i18n.ts';
import { DirectorAccess } from './popup/DirectorAccess.tsx';
import { LogView } from './popup/LogView.tsx';
import { TabView } from './popup/TabView.tsx';
import { dexieLogSource, getTabStatus, pingBackground, type LogSource, type TabStatusLoader } from './popup/sources.ts';
import { backgroundRoles, type RoleClient } from './roles/client.ts';
import { RoleBadge } from './roles/RolesSection.tsx';

type TabId = 'tab' | 'log';
const TABS: TabId[] = ['tab', 'log'];

interface Props {
  log?: LogSource;
  tabStatus?: TabStatusLoader;
  ping?: () => Promise<boolean>;
  roles?: RoleClient;
  initialTab?: TabId;
}

function Logo() {
  return (
    <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true" className="logo">
      <path d="M16 3 5 7v8c0 7 4.7 12.6 11 14 6.3-1.4 11-7 11-14V7L16 3z" fill="#BEAF87" />
      <path d="M10.5 13.5 16 22l5.5-8.5" fill="none" stroke="#252526" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function Popup({ log = dexieLogSource, tabStatus = getTabStatus, ping = pingBackground, roles = backgroundRoles, initialTab }: Props) {
  const [tab, setTab] = useState<TabId>(initialTab ?? (location.hash === '#journal' ? 'log' : 'tab'));
  const [active, setActive] = useState<boolean | null>(null);
  const tabRefs = useRef<Record<TabId, HTMLButtonElement | null>>({ tab: null, log: null });

  // undefined while asking; null when the background does not answer (then: agent).
  const [role, setRole] = useState<RoleStatus | null | undefined>(undefined);

  useEffect(() => {
    ping().then(setActive, () => setActive(false));
  }, [ping]);
  useEffect(() => {
    roles.status().then(setRole, () => setRole(null));
  }, [roles]);
  const director = !!role && hasRole(role.role, 'director');

  const select = (id: TabId, focus = false) => {
    setTab(id);
    if (focus) tabRefs.current[id]?.focus();
  };
  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : undefined;
    if (next) {
      e.preventDefault();
      select(next, true);
    }
  };

  return (
    <div className="popup">
      <header className="app-header">
        <div className="brand">
          <Logo />
          <div>
            <span className="brand-name">Vigie</span>
            <span className="brand-tag">{t('popup_tagline')}</span>
          </div>
        </div>
        <div className="header-side">
          {director && role && (
            <span className="header-role">
              <RoleBadge status={role} />
              {role.source === 'passphrase' && (
                <button type="button" className="btn-lock" data-testid="vigie-lock" title={t('roles_lock')} aria-label={t('roles_lock')} onClick={() => roles.lock().then((r) => r.ok && setRole(r.status))}>
                  {t('roles_lock')}
                </button>
              )}
            </span>
          )}
          <p className={`engine ${active === false ? 'engine-off' : 'engine-on'}`} data-testid="vigie-status" role="status">
            {active === null ? '…' : active ? t('popupActive') : t('popup_inactive')}
          </p>
        </div>
      </header>
      <nav className="tabs" role="tablist" aria-label={t('popup_tabs')} onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            id={`tab-${id}`}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="tab"
            onClick={() => select(id)}
          >
            {t(id === 'tab' ? 'popup_tab_current' : 'popup_tab_log')}
            {id === 'log' && role !== undefined && !director && (
              <svg className="tab-lock" viewBox="0 0 12 12" width="11" height="11" role="img" aria-label={t('popup_access_locked')}>
                <rect x="2" y="5.2" width="8" height="5.8" rx="1.2" fill="currentColor" />
                <path d="M3.9 5.2V3.9a2.1 2.1 0 0 1 4.2 0v1.3" fill="none" stroke="currentColor" strokeWidth="1.3" />
              </svg>
            )}
          </button>
        ))}
      </nav>
      <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="panel">
        {tab === 'tab' ? (
          <TabView load={tabStatus} onOpenLog={() => select('log')} />
        ) : role === undefined ? (
          <p className="notice" role="status">{t('popup_loading')}</p>
        ) : director ? (
          <LogView source={log} />
        ) : (
          <DirectorAccess status={role} client={roles} onUnlocked={setRole} />
        )}
      </main>
    </div>
  );
}
