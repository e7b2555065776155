/** Display helpers for the popup: labels for the log's codes, dates, numbers, and the file download. */
import type { FindingType } from '../../lib/detect/types.ts';
import type { Choice, Decision, ShareStatus } from '../../lib/log/record.ts';
import { intlLocale, keyOf, t, tMaybe, uiLocale } from '../i18n.ts';
import { typeLabel } from '../labels.ts';

/** Product names are not translated. Unknown sites show their id. */
const SITE_NAMES: Record<string, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  roundcube: 'Roundcube',
  'google-forms': 'Google Forms',
  wordpress: 'WordPress',
  omnicasa: 'Omnicasa',
};

export const siteName = (site: string) => SITE_NAMES[site] ?? site;
export const kindName = (type: FindingType) => typeLabel(type, uiLocale());
export const decisionName = (d: Decision) => t(keyOf('log_decision', d));
export const choiceName = (c: Choice) => t(keyOf('log_choice', c));
export const statusName = (s: ShareStatus) => t(keyOf('log_status', s));
export const basisName = (b: string) => tMaybe(keyOf('log_basis', b)) ?? b;
export const reasonName = (r: string) => tMaybe(keyOf('log_reason', r)) ?? r;

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(intlLocale()).format(n);
}

/** `26 nov.` this year, `26/11/25` before: short enough for the table's first column. */
export function formatDate(time: number, now = Date.now()): string {
  const thisYear = new Date(time).getFullYear() === new Date(now).getFullYear();
  const opts: Intl.DateTimeFormatOptions = thisYear
    ? { day: 'numeric', month: 'short' }
    : { day: '2-digit', month: '2-digit', year: '2-digit' };
  return new Intl.DateTimeFormat(intlLocale(), opts).format(time);
}

export function formatTime(time: number): string {
  return new Intl.DateTimeFormat(intlLocale(), { hour: '2-digit', minute: '2-digit' }).format(time);
}

export function formatDateTime(time: number): string {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(time);
}

/** `a1f3c9d2…` : enough to compare two rows by eye, the full hash is in the exports. */
export const shortHash = (h: string) => (h.length > 10 ? `${h.slice(0, 10)}…` : h);

/** `YYYY-MM-DD` (local) for an `<input type="date">` value → epoch ms at local midnight; `endOfDay` gives the next midnight. */
export function dayToTime(value: string, endOfDay = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + (endOfDay ? 1 : 0)).getTime();
}

/** Saves text as a file through an object URL and a temporary `<a download>`. */
export function downloadText(text: string, filename: string, mime: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
