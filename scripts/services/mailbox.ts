/**
 * What the local Postfix (scripts/services/up.sh) delivered, read straight from the Maildirs (needs root, as in CI).
 * Nothing leaves the machine: mail for agent@primogest.test lands in the agent's INBOX, mail for any other address
 * (sophie.lambert@gmail.com, …) in the catch-all INBOX, one copy per original recipient, whose address Postfix records
 * in X-Original-To. So "was it sent to X?" is `listDelivered().some((m) => m.to === X)`. The shell side: mailbox.sh.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const MAIL_BASE = '/var/mail/vigie';
export const MAILBOXES = ['agent', 'catchall'] as const;

export interface DeliveredMail {
  /** Local mailbox it landed in: 'agent' or 'catchall'. */
  mailbox: string;
  /** The original envelope recipient (X-Original-To), e.g. sophie.lambert@gmail.com. Bcc recipients show here too. */
  to: string;
  /** The To, Cc and From headers as written by the sender (decoded). */
  headerTo: string;
  cc: string;
  from: string;
  subject: string;
  /** Text body: the text/plain part (else the text/html part without tags), transfer-decoded, format=flowed joined. */
  body: string;
  /** File names of the attachments. */
  attachments: string[];
  messageId: string;
  /** Delivery time (file modification time, ms). */
  time: number;
  file: string;
  raw: string;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parsePart(raw: string): Part {
  const text = raw.replace(/\r\n/g, '\n');
  const split = text.indexOf('\n\n');
  const head = split < 0 ? text : text.slice(0, split);
  const body = split < 0 ? '' : text.slice(split + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** A header parameter such as boundary= or charset= (quoted or not). */
function param(value: string | undefined, name: string): string | undefined {
  const m = value?.match(new RegExp(`(?:^|;)\\s*${name}\\*?=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i'));
  return m ? (m[1] ?? m[2]) : undefined;
}

function decodeBytes(bytes: Uint8Array, charset = 'utf-8'): string {
  try {
    return new TextDecoder(charset.toLowerCase() === 'us-ascii' ? 'utf-8' : charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function quotedPrintable(text: string): Uint8Array {
  const s = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(...Buffer.from(s[i]!, 'utf8'));
    }
  }
  return Uint8Array.from(out);
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=). */
export function decodeHeader(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, enc: string, data: string) =>
      decodeBytes(enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintable(data.replace(/_/g, ' ')), charset),
    );
}

function transferDecode(part: Part): string {
  const enc = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const charset = param(part.headers.get('content-type'), 'charset') ?? 'utf-8';
  if (enc === 'base64') return decodeBytes(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'), charset);
  if (enc === 'quoted-printable') return decodeBytes(quotedPrintable(part.body), charset);
  return decodeBytes(Buffer.from(part.body, 'latin1'), charset);
}

/** Joins format=flowed soft line breaks (a line ending in a space continues on the next). */
function unflow(text: string, delsp: boolean): string {
  return text.replace(/ \n/g, delsp ? '' : ' ');
}

function walk(part: Part, out: { plain?: string; html?: string; attachments: string[] }): void {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const mime = type.split(';')[0]!.trim().toLowerCase();
  const disposition = part.headers.get('content-disposition') ?? '';
  const filename = param(disposition, 'filename') ?? param(type, 'name');
  if (mime.startsWith('multipart/')) {
    const boundary = param(type, 'boundary');
    if (!boundary) return;
    const pieces = part.body.split(new RegExp(`^--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*$`, 'm'));
    for (const piece of pieces.slice(1, -1)) walk(parsePart(piece.replace(/^\r?\n/, '')), out);
    return;
  }
  if (filename || /^attachment/i.test(disposition)) {
    out.attachments.push(decodeHeader(filename ?? 'unnamed'));
    return;
  }
  if (mime === 'text/plain' && out.plain === undefined) {
    const text = transferDecode(part);
    const flowed = /format\s*=\s*"?flowed/i.test(type);
    out.plain = flowed ? unflow(text, /delsp\s*=\s*"?yes/i.test(type)) : text;
  } else if (mime === 'text/html' && out.html === undefined) {
    out.html = transferDecode(part);
  }
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Parses one delivered message file. */
export function parseMessage(file: string, mailbox = ''): DeliveredMail {
  const raw = readFileSync(file, 'latin1');
  const top = parsePart(raw);
  const found: { plain?: string; html?: string; attachments: string[] } = { attachments: [] };
  walk(top, found);
  const h = (name: string) => decodeHeader(top.headers.get(name) ?? '');
  return {
    mailbox,
    to: (top.headers.get('x-original-to') ?? top.headers.get('delivered-to') ?? '').trim(),
    headerTo: h('to'),
    cc: h('cc'),
    from: h('from'),
    subject: h('subject'),
    body: (found.plain ?? (found.html !== undefined ? htmlToText(found.html) : '')).replace(/\r\n/g, '\n').trimEnd(),
    attachments: found.attachments,
    messageId: h('message-id'),
    time: statSync(file).mtimeMs,
    file,
    raw: Buffer.from(raw, 'latin1').toString('utf8'),
  };
}

function inboxFiles(mailbox: string): string[] {
  const files: string[] = [];
  for (const sub of ['new', 'cur']) {
    const dir = join(MAIL_BASE, mailbox, 'Maildir', sub);
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EACCES') throw new Error(`cannot read ${dir}: the mailboxes belong to vmail, run as root`);
      continue;
    }
    for (const name of names) if (!name.startsWith('.')) files.push(join(dir, name));
  }
  return files;
}

/** Every message Postfix delivered, oldest first (both INBOXes; not the agent's Sent folder). */
export function listDelivered(options: { mailbox?: string } = {}): DeliveredMail[] {
  const boxes = options.mailbox ? [options.mailbox] : [...MAILBOXES];
  const mails: DeliveredMail[] = [];
  for (const box of boxes) {
    for (const file of inboxFiles(box)) {
      try {
        mails.push(parseMessage(file, box));
      } catch {
        // moved by Dovecot (new/ → cur/) between the listing and the read: the next call sees it
      }
    }
  }
  return mails.sort((a, b) => a.time - b.time || a.file.localeCompare(b.file));
}

/** Empties both mailboxes, every folder (INBOX, Sent, Drafts, …); Dovecot resyncs on its next access. */
export function clearDelivered(): void {
  for (const box of MAILBOXES) {
    const stack = [join(MAIL_BASE, box, 'Maildir')];
    while (stack.length) {
      const dir = stack.pop()!;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const path = join(dir, e.name);
        if (e.isDirectory() && e.name !== 'tmp') stack.push(path);
        else if (e.isFile() && (dir.endsWith('/new') || dir.endsWith('/cur'))) rmSync(path, { force: true });
      }
    }
  }
}

/** Waits until a delivered message matches (Postfix delivers within milliseconds; default timeout 10 s). */
export async function waitForDelivered(match: (m: DeliveredMail) => boolean, timeoutMs = 10_000): Promise<DeliveredMail> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = listDelivered().find(match);
    if (found) return found;
    if (Date.now() > end) throw new Error(`no delivered message matched within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
