/**
 * Exports of the share log, pure. CSV is made for Excel in Belgium: UTF-8 with a BOM, `;` separators, CRLF,
 * local dates, and cells that could run as a formula are neutralised (OWASP "CSV injection").
 * Values stay the stable codes (decision `warn`, type `iban`): only the header is translated.
 */
import type { ShareRecord } from './record.ts';
import { withoutIndexKeys } from './stored.ts';

export type ExportLocale = 'fr' | 'nl' | 'en';

const COLUMNS = [
  'time', 'agentName', 'agentEmail', 'site', 'host', 'action', 'destinations', 'types', 'samples', 'hashes',
  'decision', 'choice', 'legalBasis', 'justification', 'policyVersion', 'status', 'reasons', 'eventId', 'id',
] as const;
type Column = (typeof COLUMNS)[number];

const HEADERS: Record<ExportLocale, Record<Column, string>> = {
  fr: {
    time: 'Date', agentName: 'Agent', agentEmail: "E-mail de l'agent", site: 'Site', host: 'Hôte', action: 'Action',
    destinations: 'Destinataires', types: 'Données', samples: 'Extraits masqués', hashes: 'Empreintes',
    decision: 'Décision', choice: "Choix de l'agent", legalBasis: 'Base légale', justification: 'Justification',
    policyVersion: 'Version de la politique', status: 'Envoi', reasons: 'Motifs', eventId: 'Identifiant', id: 'N°',
  },
  nl: {
    time: 'Datum', agentName: 'Medewerker', agentEmail: 'E-mail medewerker', site: 'Site', host: 'Host',
    action: 'Actie', destinations: 'Ontvangers', types: 'Gegevens', samples: 'Gemaskeerde fragmenten',
    hashes: 'Vingerafdrukken', decision: 'Beslissing', choice: 'Keuze medewerker', legalBasis: 'Rechtsgrond',
    justification: 'Verantwoording', policyVersion: 'Beleidsversie', status: 'Verzending', reasons: 'Redenen',
    eventId: 'Kenmerk', id: 'Nr.',
  },
  en: {
    time: 'Date', agentName: 'Agent', agentEmail: 'Agent email', site: 'Site', host: 'Host', action: 'Action',
    destinations: 'Recipients', types: 'Data', samples: 'Masked samples', hashes: 'Hashes', decision: 'Decision',
    choice: "Agent's choice", legalBasis: 'Legal basis', justification: 'Justification',
    policyVersion: 'Policy version', status: 'Delivery', reasons: 'Reasons', eventId: 'Event id', id: 'No.',
  },
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD HH:mm:ss` in the local time zone of whoever runs the export. */
export function formatLocalDateTime(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** `YYYY-MM-DD`, local, for file names. */
export function formatLocalDate(time: number): string {
  return formatLocalDateTime(time).slice(0, 10);
}

/** A cell Excel will not evaluate: formula starters get a leading `'`; quoted when it holds `;`, `"` or a newline. */
export function csvCell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function cells(row: ShareRecord): Record<Column, string | number | undefined> {
  return {
    time: formatLocalDateTime(row.time),
    agentName: row.agent.name,
    agentEmail: row.agent.email,
    site: row.site,
    host: row.host,
    action: row.action,
    destinations: row.destinations
      .map((d) => `${d.to} (${[d.kind, d.decision, d.party].filter(Boolean).join(', ')})`)
      .join(' | '),
    types: row.findings.map((f) => `${f.type} (${f.count})`).join(', '),
    samples: row.findings.map((f) => `${f.type}: ${f.samples.join(', ')}`).join(' | '),
    hashes: row.findings.map((f) => `${f.type}: ${f.hashes.join(' ')}`).join(' | '),
    decision: row.decision,
    choice: row.choice,
    legalBasis: row.justification?.legalBasis,
    justification: row.justification?.text,
    policyVersion: row.policyVersion,
    status: row.status,
    reasons: row.reasons?.join(', '),
    eventId: row.eventId,
    id: row.id,
  };
}

export function toCsv(rows: readonly ShareRecord[], locale: string): string {
  const l = locale.slice(0, 2).toLowerCase();
  const lang: ExportLocale = l === 'nl' || l === 'en' ? l : 'fr';
  const header = COLUMNS.map((c) => csvCell(HEADERS[lang][c])).join(';');
  const lines = rows.map((row) => {
    const c = cells(row);
    return COLUMNS.map((k) => csvCell(c[k])).join(';');
  });
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}

/** The records as a JSON array (stable codes, epoch-ms times, no index keys), pretty-printed. */
export function toJson(rows: readonly ShareRecord[]): string {
  return `${JSON.stringify(rows.map(withoutIndexKeys), null, 2)}\n`;
}
