/**
 * The director's record of site protection: each time a watched site's page stopped matching Vigie's selectors
 * (sends there may go unchecked) and each recovery, newest first (entrypoints/background/health.ts records them).
 * Shown under the journal, closed unless a site is degraded now; nothing when there was never a change.
 */
import { useEffect, useState } from 'react';
import { healthEvents, type SiteHealth } from '../../entrypoints/background/health.ts';
import { t } from '../i18n.ts';
import { formatDateTime, siteName } from './format.ts';

export function HealthHistory({ load = healthEvents }: { load?: () => Promise<SiteHealth[]> }) {
  const [events, setEvents] = useState<SiteHealth[] | null>(null);
  useEffect(() => {
    load().then((e) => setEvents([...e].sort((a, b) => b.time - a.time)), () => setEvents([]));
  }, [load]);
  if (!events || events.length === 0) return null;
  // The latest event of each site (the list is newest first) says whether it is degraded now.
  const latest = new Map<string, boolean>();
  for (const e of events) if (!latest.has(e.site)) latest.set(e.site, e.ok);
  return (
    <details className="health-history" data-testid="vigie-health-history" open={[...latest.values()].includes(false)}>
      <summary>{t('log_health_title', [String(events.length)])}</summary>
      <ul>
        {events.map((e) => (
          <li key={`${e.site}-${e.time}`} className={e.ok ? 'health-ok' : 'health-bad'}>
            <time dateTime={new Date(e.time).toISOString()}>{formatDateTime(e.time)}</time>{' '}
            <strong>{siteName(e.site)}</strong> <span className="health-host">{e.host}</span>{' '}
            {e.ok ? t('log_health_recovered') : t('log_health_degraded', [e.missing.join(', ')])}
          </li>
        ))}
      </ul>
    </details>
  );
}
