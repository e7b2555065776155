/** First / previous / next / last, with "rows 51–100 of 100 000" (the total may still be counting). */
import { t } from '../i18n.ts';
import { formatNumber } from './format.ts';

interface Props {
  page: number;
  pageSize: number;
  /** Rows on this page. */
  shown: number;
  total: number | undefined;
  onPage(page: number): void;
}

export function Pager({ page, pageSize, shown, total, onPage }: Props) {
  const last = total === undefined ? undefined : Math.max(0, Math.ceil(total / pageSize) - 1);
  const from = page * pageSize + 1;
  const to = page * pageSize + shown;
  const atEnd = last === undefined ? shown < pageSize : page >= last;
  const n = (x: number | undefined) => (x === undefined ? '…' : formatNumber(x));
  return (
    <nav className="pager" aria-label={t('log_pages')}>
      <span className="pager-range">{t('log_range', [n(from), n(to), n(total)])}</span>
      <span className="pager-buttons">
        <button type="button" className="btn btn-icon" onClick={() => onPage(0)} disabled={page === 0} aria-label={t('log_page_first')}>«</button>
        <button type="button" className="btn btn-icon" onClick={() => onPage(page - 1)} disabled={page === 0} aria-label={t('log_page_previous')}>‹</button>
        <span className="pager-page">{t('log_page_of', [n(page + 1), n(last === undefined ? undefined : last + 1)])}</span>
        <button type="button" className="btn btn-icon" onClick={() => onPage(page + 1)} disabled={atEnd} aria-label={t('log_page_next')}>›</button>
        <button type="button" className="btn btn-icon" onClick={() => last !== undefined && onPage(last)} disabled={last === undefined || page >= last} aria-label={t('log_page_last')}>»</button>
      </span>
    </nav>
  );
}
