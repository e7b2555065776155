/** Small presentational pieces shared by the journal and the tab view. */
import type { Choice, Decision, FindingSummary, ShareRecord } from '../../lib/log/record.ts';
import { t } from '../i18n.ts';
import { basisName, choiceName, decisionName, kindName, statusName } from './format.ts';

export function DecisionBadge({ decision }: { decision: Decision }) {
  return <span className={`badge badge-${decision}`}>{decisionName(decision)}</span>;
}

const CHOICE_TONE: Record<Choice, string> = {
  sent: 'ok',
  'audit-only': 'ok',
  cancelled: 'muted',
  blocked: 'block',
  'sent-anyway': 'warn',
  unguarded: 'warn',
};

/** What the agent did, whether the send was confirmed, and the legal basis when they sent anyway. */
export function ChoiceCell({ row }: { row: ShareRecord }) {
  return (
    <div className="choice">
      <span className={`choice-label tone-${CHOICE_TONE[row.choice]}`}>{choiceName(row.choice)}</span>
      <span className={`status status-${row.status}`}>{statusName(row.status)}</span>
      {row.justification?.legalBasis && <span className="basis">{basisName(row.justification.legalBasis)}</span>}
    </div>
  );
}

export function KindChips({ findings, samples = true }: { findings: FindingSummary[]; samples?: boolean }) {
  return (
    <ul className="chips">
      {findings.map((f) => (
        <li key={f.type} className="chip" title={f.samples.join('  ·  ')}>
          <span className="chip-name">{kindName(f.type)}</span>
          {f.count > 1 && <span className="chip-count">×{f.count}</span>}
          {samples && f.samples[0] && <span className="chip-sample">{f.samples[0]}</span>}
        </li>
      ))}
    </ul>
  );
}

export function Recipients({ row, max = 2 }: { row: ShareRecord; max?: number }) {
  const shown = row.destinations.slice(0, max);
  const more = row.destinations.length - shown.length;
  return (
    <ul className="recipients">
      {shown.map((d, i) => (
        <li key={`${d.to}-${i}`} title={`${d.to} · ${decisionName(d.decision)}`}>
          <span className={`dot dot-${d.decision}`} aria-hidden="true" />
          <span className="recipient">{d.to}</span>
        </li>
      ))}
      {more > 0 && <li className="more">{t('log_more_recipients', [String(more)])}</li>}
    </ul>
  );
}
