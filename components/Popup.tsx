/**
 * The toolbar popup: "Cet onglet" (the agent: is this site protected, recent decisions) and "Journal" (the
 * director: the share log). `popup.html#journal` opens on the journal. Data sources are props so tests can stub them.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { t } from './i18n.ts';
import { LogView } from './popup/LogView.tsx';
import { TabView } from './popup/TabView.tsx';
import { dexieLogSource, getTabStatus, pingBackground, type LogSource, type TabStatusLoader } from './popup/sources.ts';

type TabId = 'tab' | 'log';
const TABS: TabId[] = ['tab', 'log'];

interface Props {
  log?: LogSource;
  tabStatus?: TabStatusLoader;
  ping?: () => Promise<boolean>;
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

export function Popup({ log = dexieLogSource, tabStatus = getTabStatus, ping = pingBackground, initialTab }: Props) {
  const [tab, setTab] = useState<TabId>(initialTab ?? (location.hash === '#journal' ? 'log' : 'tab'));
  const [active, setActive] = useState<boolean | null>(null);
  const tabRefs = useRef<Record<TabId, HTMLButtonElement | null>>({ tab: null, log: null });

  useEffect(() => {
    ping().then(setActive, () => setActive(false));
  }, [ping]);

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
        <p className={`engine ${active === false ? 'engine-off' : 'engine-on'}`} data-testid="vigie-status" role="status">
          {active === null ? '…' : active ? t('popupActive') : t('popup_inactive')}
        </p>
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
          </button>
        ))}
      </nav>
      <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="panel">
        {tab === 'tab' ? <TabView load={tabStatus} onOpenLog={() => select('log')} /> : <LogView source={log} />}
      </main>
    </div>
  );
}
