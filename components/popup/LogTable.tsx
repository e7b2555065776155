/** The journal table: one row per share, click or Enter to open its details underneath. */
import { Fragment, type KeyboardEvent } from 'react';
import type { ShareRecord } from '../../lib/log/record.ts';
import { t } from '../i18n.ts';
import { ChoiceCell, DecisionBadge, KindChips, Recipients } from './Badges.tsx';
import { LogDetails } from './LogDetails.tsx';
import { formatDate, formatTime, siteName } from './format.ts';

interface Props {
  rows: ShareRecord[];
  expanded: string | null;
  onToggle(eventId: string): void;
}

const COLUMNS = ['log_col_time', 'log_col_agent', 'log_col_site', 'log_col_recipients', 'log_col_data', 'log_col_decision'];

export function LogTable({ rows, expanded, onToggle }: Props) {
  const onKey = (e: KeyboardEvent, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle(id);
    }
  };
  return (
    <table className="log-table">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className={c.replace('log_col_', 'col-')}>{t(c)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const open = expanded === row.eventId;
          const detailsId = `details-${row.eventId}`;
          return (
            <Fragment key={row.eventId}>
              <tr
                data-testid="vigie-log-row"
                className={`log-row${open ? ' open' : ''}`}
                tabIndex={0}
                aria-expanded={open}
                aria-controls={detailsId}
                onClick={() => onToggle(row.eventId)}
                onKeyDown={(e) => onKey(e, row.eventId)}
              >
                <td className="col-time">
                  <span className="cell-main">{formatDate(row.time)}</span>
                  <span className="cell-sub">{formatTime(row.time)}</span>
                </td>
                <td className="col-agent" title={row.agent.email}>
                  <span className="cell-main">{row.agent.name || row.agent.email || t('log_unknown_agent')}</span>
                </td>
                <td className="col-site" title={row.host}>
                  <span className="cell-main">{siteName(row.site)}</span>
                </td>
                <td className="col-recipients"><Recipients row={row} /></td>
                <td className="col-data"><KindChips findings={row.findings} /></td>
                <td className="col-decision">
                  <DecisionBadge decision={row.decision} />
                  <ChoiceCell row={row} />
                </td>
              </tr>
              {open && (
                <tr className="details-row" id={detailsId}>
                  <td colSpan={COLUMNS.length}><LogDetails row={row} /></td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
