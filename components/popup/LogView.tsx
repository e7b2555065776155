/**
 * The director's journal: filters, a page of 50 rows out of the whole log, details, CSV/JSON export of what the
 * filters select. The page shows as soon as its rows are read; the total may follow (db-read.ts explains why).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatLocalDate, toCsv, toJson } from '../../lib/log/export.ts';
import { isEmptyFilter, type LogFilter } from '../../lib/log/query.ts';
import type { ShareRecord } from '../../lib/log/record.ts';
import type { LogFacets } from '../../entrypoints/background/db.ts';
import { t, uiLocale } from '../i18n.ts';
import { HealthHistory } from './HealthHistory.tsx';
import { LogFilters, EMPTY_FORM, toLogFilter, type FilterForm } from './LogFilters.tsx';
import { LogTable } from './LogTable.tsx';
import { Pager } from './Pager.tsx';
import { downloadText, formatNumber } from './format.ts';
import type { LogSource } from './sources.ts';

export const PAGE_SIZE = 50;
const TYPING_DELAY_MS = 250;

/** Text inputs settle before querying; menus and dates apply at once. */
function useSettled(form: FilterForm): FilterForm {
  const [settled, setSettled] = useState(form);
  useEffect(() => {
    const typing = form.search !== settled.search || form.recipient !== settled.recipient;
    const id = setTimeout(() => setSettled(form), typing ? TYPING_DELAY_MS : 0);
    return () => clearTimeout(id);
  }, [form, settled]);
  return settled;
}

export function LogView({ source }: { source: LogSource }) {
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM);
  const [page, setPage] = useState(0);
  const [rows, setRows] = useState<ShareRecord[] | null>(null);
  const [counted, setCounted] = useState<{ filter: LogFilter; n: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(true);
  const [exporting, setExporting] = useState(false);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [facets, setFacets] = useState<LogFacets>({ sites: [], agents: [] });
  const settled = useSettled(form);
  const filter = useMemo(() => toLogFilter(settled), [settled]);
  const total = counted?.filter === filter ? counted.n : undefined;
  const request = useRef(0);

  useEffect(() => {
    source.facets().then(setFacets, () => undefined);
  }, [source]);

  useEffect(() => {
    let live = true;
    source.count(filter).then((n) => live && setCounted({ filter, n }), () => undefined);
    return () => {
      live = false;
    };
  }, [source, filter]);

  useEffect(() => {
    const id = ++request.current;
    setBusy(true);
    source.page(filter, { offset: page * PAGE_SIZE, limit: PAGE_SIZE, total }).then(
      (r) => {
        if (id !== request.current) return;
        setRows(r.rows);
        if (r.total !== undefined) setCounted({ filter, n: r.total });
        setFailed(false);
        setBusy(false);
      },
      () => {
        if (id !== request.current) return;
        setFailed(true);
        setBusy(false);
      },
    );
    // `total` is only a hint for far pages: a late count must not reload the page.
  }, [source, filter, page]);

  const change = (patch: Partial<FilterForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setPage(0);
  };
  const reset = () => change(EMPTY_FORM);

  async function exportAs(kind: 'csv' | 'json') {
    setExporting(true);
    try {
      const all = await source.exportRows(filter);
      const name = `vigie-journal-${formatLocalDate(Date.now())}.${kind}`;
      if (kind === 'csv') downloadText(toCsv(all, uiLocale()), name, 'text/csv;charset=utf-8');
      else downloadText(toJson(all), name, 'application/json');
    } finally {
      setExporting(false);
    }
  }

  const filtered = !isEmptyFilter(filter);
  const empty = rows !== null && rows.length === 0 && page === 0;
  const count = total === undefined ? '…' : formatNumber(total);
  return (
    <section className="log-view" aria-labelledby="tab-log">
      <LogFilters form={form} facets={facets} onChange={change} onReset={reset} />
      <div className="toolbar">
        <p className="total" role="status" aria-live="polite">
          {rows && t(filtered ? 'log_total_filtered' : 'log_total', [count])}
        </p>
        <div className="toolbar-actions">
          {exporting && <span className="exporting" role="status">{t('log_exporting')}</span>}
          <button type="button" className="btn" disabled={empty || !rows || exporting} onClick={() => void exportAs('csv')}>
            {t('log_export_csv')}
          </button>
          <button type="button" className="btn" disabled={empty || !rows || exporting} onClick={() => void exportAs('json')}>
            {t('log_export_json')}
          </button>
        </div>
      </div>
      <div className="table-wrap" data-testid="vigie-log" aria-busy={busy}>
        {failed && <p className="notice notice-error">{t('log_error')}</p>}
        {!failed && empty && (
          <div className="empty">
            <p className="empty-title">{t(filtered ? 'log_empty_filtered' : 'log_empty')}</p>
            <p className="empty-text">{t(filtered ? 'log_empty_filtered_help' : 'log_empty_help')}</p>
            {filtered && <button type="button" className="btn" onClick={reset}>{t('log_reset')}</button>}
          </div>
        )}
        {!failed && rows && rows.length > 0 && (
          <LogTable rows={rows} expanded={expanded} onToggle={(id) => setExpanded((e) => (e === id ? null : id))} />
        )}
      </div>
      {rows && (page > 0 || rows.length === PAGE_SIZE) && (
        <Pager page={page} pageSize={PAGE_SIZE} shown={rows.length} total={total} onPage={setPage} />
      )}
      <HealthHistory />
    </section>
  );
}
