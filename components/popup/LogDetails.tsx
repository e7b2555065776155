/** Everything one log row holds: destinations with their decision, findings with samples and shortened hashes. */
import type { ShareRecord } from '../../lib/log/record.ts';
import { keyOf, t } from '../i18n.ts';
import { DecisionBadge } from './Badges.tsx';
import { basisName, formatDateTime, kindName, reasonName, shortHash, siteName, statusName, choiceName } from './format.ts';

export function LogDetails({ row }: { row: ShareRecord }) {
  return (
    <div className="details">
      <dl className="details-grid">
        <dt>{t('log_field_time')}</dt>
        <dd>{formatDateTime(row.time)}</dd>
        <dt>{t('log_field_agent')}</dt>
        <dd>{[row.agent.name, row.agent.email].filter(Boolean).join(' · ') || t('log_unknown_agent')}</dd>
        <dt>{t('log_field_site')}</dt>
        <dd>{siteName(row.site)} · {row.host} · {t(keyOf('log_action', row.action))}</dd>
        <dt>{t('log_field_outcome')}</dt>
        <dd>{choiceName(row.choice)} · {statusName(row.status)}</dd>
        {row.justification && (
          <>
            <dt>{t('log_field_justification')}</dt>
            <dd>
              {row.justification.legalBasis && <strong>{basisName(row.justification.legalBasis)}</strong>}
              {row.justification.legalBasis && row.justification.text && ' — '}
              {row.justification.text && <q>{row.justification.text}</q>}
            </dd>
          </>
        )}
        {row.reasons && row.reasons.length > 0 && (
          <>
            <dt>{t('log_field_reasons')}</dt>
            <dd>{row.reasons.map(reasonName).join(' · ')}</dd>
          </>
        )}
        <dt>{t('log_field_policy')}</dt>
        <dd>{t('log_policy_version', [String(row.policyVersion)])}</dd>
        <dt>{t('log_field_event')}</dt>
        <dd className="mono">{row.eventId}</dd>
      </dl>

      <div className="details-cols">
        <section>
          <h3>{t('log_field_destinations', [String(row.destinations.length)])}</h3>
          <ul className="details-list">
            {row.destinations.map((d, i) => (
              <li key={`${d.to}-${i}`}>
                <span className="dest-kind">{t(keyOf('log_dest', d.kind))}</span>
                <span className="mono">{d.to}</span>
                <DecisionBadge decision={d.decision} />
                {d.party && <span className="muted">{d.party}</span>}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>{t('log_field_findings')}</h3>
          <ul className="details-list">
            {row.findings.map((f) => (
              <li key={f.type}>
                <strong>{kindName(f.type)}</strong>
                <span className="muted">×{f.count}</span>
                <span className="mono">{f.samples.join('  ')}</span>
                {f.hashes.length > 0 && (
                  <span className="mono hashes" title={f.hashes.join('\n')}>
                    {t('log_hashes')} {f.hashes.slice(0, 3).map(shortHash).join(' ')}
                    {f.hashes.length > 3 ? ` +${f.hashes.length - 3}` : ''}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
