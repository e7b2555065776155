/** The journal's filter bar: search, date range, agent, site, outcome (decision or agent's choice), data kind, recipient. */
import { FINDING_TYPES } from '../../lib/detect/types.ts';
import { CHOICES, DECISIONS } from '../../lib/log/record.ts';
import type { LogFilter } from '../../lib/log/query.ts';
import type { LogFacets } from '../../entrypoints/background/db.ts';
import { t } from '../i18n.ts';
import { choiceName, dayToTime, decisionName, kindName, siteName } from './format.ts';

/** The form's own state: strings, as the inputs hold them. */
export interface FilterForm {
  search: string;
  from: string;
  to: string;
  agent: string;
  site: string;
  /** `decision:warn` or `choice:sent-anyway`. */
  outcome: string;
  type: string;
  recipient: string;
}

export const EMPTY_FORM: FilterForm = { search: '', from: '', to: '', agent: '', site: '', outcome: '', type: '', recipient: '' };

export function toLogFilter(form: FilterForm): LogFilter {
  const [axis, value] = form.outcome.split(':');
  return {
    search: form.search || undefined,
    from: dayToTime(form.from),
    to: dayToTime(form.to, true),
    agent: form.agent || undefined,
    site: form.site || undefined,
    decision: axis === 'decision' ? (value as LogFilter['decision']) : undefined,
    choice: axis === 'choice' ? (value as LogFilter['choice']) : undefined,
    type: (form.type || undefined) as LogFilter['type'],
    recipient: form.recipient || undefined,
  };
}

interface Props {
  form: FilterForm;
  facets: LogFacets;
  onChange(patch: Partial<FilterForm>): void;
  onReset(): void;
}

const byLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1]);

export function LogFilters({ form, facets, onChange, onReset }: Props) {
  const kinds = FINDING_TYPES.map((k): [string, string] => [k, kindName(k)]).sort(byLabel);
  const dirty = Object.values(form).some(Boolean);
  return (
    <form className="filters" role="search" aria-label={t('log_filters')} onSubmit={(e) => e.preventDefault()}>
      <div className="filters-row">
        <label className="field field-search">
          <span className="sr-only">{t('log_search')}</span>
          <input
            type="search"
            value={form.search}
            placeholder={t('log_search_placeholder')}
            onChange={(e) => onChange({ search: e.target.value })}
          />
        </label>
        <label className="field field-date">
          <span>{t('log_from')}</span>
          <input type="date" value={form.from} max={form.to || undefined} onChange={(e) => onChange({ from: e.target.value })} />
        </label>
        <label className="field field-date">
          <span>{t('log_to')}</span>
          <input type="date" value={form.to} min={form.from || undefined} onChange={(e) => onChange({ to: e.target.value })} />
        </label>
        <button type="button" className="btn btn-ghost" onClick={onReset} disabled={!dirty}>
          {t('log_reset')}
        </button>
      </div>
      <div className="filters-row">
        <label className="field">
          <span className="sr-only">{t('log_agent')}</span>
          <select value={form.agent} onChange={(e) => onChange({ agent: e.target.value })}>
            <option value="">{t('log_all_agents')}</option>
            {facets.agents.map((a) => (
              <option key={a.key} value={a.key}>{a.name || a.email || a.key}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="sr-only">{t('log_site')}</span>
          <select value={form.site} onChange={(e) => onChange({ site: e.target.value })}>
            <option value="">{t('log_all_sites')}</option>
            {facets.sites.map((s) => (
              <option key={s} value={s}>{siteName(s)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="sr-only">{t('log_decision')}</span>
          <select value={form.outcome} onChange={(e) => onChange({ outcome: e.target.value })}>
            <option value="">{t('log_all_decisions')}</option>
            <optgroup label={t('log_decision_group')}>
              {DECISIONS.map((d) => <option key={d} value={`decision:${d}`}>{decisionName(d)}</option>)}
            </optgroup>
            <optgroup label={t('log_choice_group')}>
              {CHOICES.map((c) => <option key={c} value={`choice:${c}`}>{choiceName(c)}</option>)}
            </optgroup>
          </select>
        </label>
        <label className="field">
          <span className="sr-only">{t('log_kind')}</span>
          <select value={form.type} onChange={(e) => onChange({ type: e.target.value })}>
            <option value="">{t('log_all_kinds')}</option>
            {kinds.map(([k, label]) => <option key={k} value={k}>{label}</option>)}
          </select>
        </label>
        <label className="field field-recipient">
          <span className="sr-only">{t('log_recipient')}</span>
          <input
            type="text"
            value={form.recipient}
            placeholder={t('log_recipient_placeholder')}
            title={t('log_recipient_help')}
            onChange={(e) => onChange({ recipient: e.target.value })}
          />
        </label>
      </div>
    </form>
  );
}
