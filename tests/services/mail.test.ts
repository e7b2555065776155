/**
 * The real local mail that scripts/services/up.sh sets up: Roundcube answers and sends, Postfix takes SMTP on
 * 127.0.0.1:25 and delivers every message on this machine (an outside address lands in the catch-all mailbox, never
 * outside), Dovecot serves IMAP for the agent. mailbox.ts reads what was delivered.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { listDelivered, waitForDelivered } from '../../scripts/services/mailbox.ts';
import { ensureServicesUp, IMAP_PORT, MAIL_AGENT, MAIL_CATCHALL, SMTP_PORT, WEBMAIL_URL } from '../../scripts/services/services.ts';
import { CookieJar, http } from './http.ts';
import { imapSession, smtpSend } from './wire.ts';

beforeAll(ensureServicesUp, 30 * 60_000);

const unique = (what: string) => `${what} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const POSTFIX_LOG = '/var/log/vigie-postfix.log';

/** Every relay= that Postfix logged for a queue id ("virtual" = a local mailbox; "smtp"/"none" would be outside or refused). */
function relaysOf(queueId: string): string[] {
  return readFileSync(POSTFIX_LOG, 'utf8')
    .split('\n')
    .filter((l) => l.includes(`${queueId}:`))
    .flatMap((l) => [...l.matchAll(/ relay=([^,\s[]+)/g)].map((m) => m[1]!));
}

describe('local mail', () => {
  it('serves the Roundcube login page under webmail.primogest.test', async () => {
    const r = await http(`${WEBMAIL_URL}/`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('id="rcmloginuser"');
    expect(r.body).toContain('Primogest Webmail');
  });

  it('delivers SMTP mail for an outside address to the catch-all mailbox, and nothing leaves the machine', async () => {
    const subject = unique('Offre pour Sophie');
    const reply = await smtpSend(SMTP_PORT, {
      from: MAIL_AGENT.address,
      to: ['sophie.lambert@gmail.com'],
      data: `From: ${MAIL_AGENT.address}\nTo: Sophie Lambert <sophie.lambert@gmail.com>\nSubject: ${subject}\n\nBonjour Sophie,\nvoici l'offre.\n`,
    });
    const queueId = /queued as ([0-9A-F]+)/.exec(reply)?.[1];
    expect(queueId).toBeTruthy();

    const mail = await waitForDelivered((m) => m.subject === subject);
    expect(mail.mailbox).toBe('catchall');
    expect(mail.to).toBe('sophie.lambert@gmail.com');
    expect(mail.headerTo).toBe('Sophie Lambert <sophie.lambert@gmail.com>');
    expect(mail.body).toContain("voici l'offre.");

    // Postfix's own record: delivered by the local "virtual" agent only, queue empty, outside transports disabled.
    await expect.poll(() => relaysOf(queueId!), { timeout: 5000 }).toEqual(['virtual']);
    expect(execFileSync('postqueue', ['-p'], { encoding: 'utf8' })).toMatch(/Mail queue is empty/);
    for (const key of ['default_transport', 'relay_transport']) {
      expect(execFileSync('postconf', ['-h', key], { encoding: 'utf8' })).toMatch(/^error:/);
    }
    expect(execFileSync('postconf', ['-h', 'relayhost'], { encoding: 'utf8' }).trim()).toBe('');
  });

  it('keeps one copy per outside recipient, Bcc included, each with its original address', async () => {
    const subject = unique('Deux destinataires');
    await smtpSend(SMTP_PORT, {
      from: MAIL_AGENT.address,
      to: ['jan.peeters@telenet.be', 'notaire@example.be'],
      data: `From: ${MAIL_AGENT.address}\nTo: jan.peeters@telenet.be\nSubject: ${subject}\n\nDag Jan\n`,
    });
    await expect
      .poll(() => listDelivered().filter((m) => m.subject === subject).map((m) => m.to).sort(), { timeout: 10_000 })
      .toEqual(['jan.peeters@telenet.be', 'notaire@example.be']);
  });

  it('decodes what it reads: encoded subject, quoted-printable body, attachment names', async () => {
    const tag = unique('t');
    const subject = `Carte d'identité — ${tag}`;
    const encoded = `=?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`;
    await smtpSend(SMTP_PORT, {
      from: MAIL_AGENT.address,
      to: ['sophie.lambert@gmail.com'],
      data: [
        `From: ${MAIL_AGENT.address}`, 'To: sophie.lambert@gmail.com', `Subject: ${encoded}`, 'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b1"', '',
        '--b1', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: quoted-printable', '',
        'Voici la copie de la carte d=E2=80=99identit=C3=A9 de Mme Lambert, n=C3=A9e le =',
        '12/03/1985.', '',
        '--b1', 'Content-Type: application/pdf; name="carte-identite.pdf"', 'Content-Disposition: attachment; filename="carte-identite.pdf"',
        'Content-Transfer-Encoding: base64', '', Buffer.from('%PDF-1.4 test').toString('base64'), '',
        '--b1--', '',
      ].join('\n'),
    });
    const mail = await waitForDelivered((m) => m.subject.includes(tag));
    expect(mail.subject).toBe(subject);
    expect(mail.body).toBe('Voici la copie de la carte d’identité de Mme Lambert, née le 12/03/1985.');
    expect(mail.attachments).toEqual(['carte-identite.pdf']);
  });

  it('delivers mail for the agent to the agent, who reads it over IMAP', async () => {
    const subject = unique('Visite');
    await smtpSend(SMTP_PORT, { from: 'client@example.be', to: [MAIL_AGENT.address], data: `Subject: ${subject}\n\nRendez-vous demain.\n` });
    const mail = await waitForDelivered((m) => m.subject === subject);
    expect(mail.mailbox).toBe('agent');
    expect(mail.to).toBe(MAIL_AGENT.address);

    const imap = await imapSession(IMAP_PORT, MAIL_AGENT.user, MAIL_AGENT.password, ['SELECT INBOX', `SEARCH SUBJECT "${subject}"`]);
    expect(imap.login).toMatch(/^a0 OK/m);
    expect(imap.responses[1]).toMatch(/^\* SEARCH \d+/m);
  });

  it('logs the agent in over IMAP (agent or agent@primogest.test) and refuses a wrong password', async () => {
    expect((await imapSession(IMAP_PORT, MAIL_AGENT.user, MAIL_AGENT.password)).login).toMatch(/^a0 OK/m);
    expect((await imapSession(IMAP_PORT, MAIL_AGENT.address, MAIL_AGENT.password)).login).toMatch(/^a0 OK/m);
    expect((await imapSession(IMAP_PORT, MAIL_CATCHALL.user, MAIL_CATCHALL.password)).login).toMatch(/^a0 OK/m);
    expect((await imapSession(IMAP_PORT, MAIL_AGENT.user, 'wrong')).login).toMatch(/^a0 NO/m);
  });

  it("sends through Roundcube's real send request: lands in the catch-all, with a copy in the agent's Sent folder", async () => {
    const jar = new CookieJar();
    const loginPage = await http(`${WEBMAIL_URL}/`, { jar });
    const token = /name="_token" value="([^"]+)"/.exec(loginPage.body)?.[1];
    expect(token).toBeTruthy();
    const login = await http(`${WEBMAIL_URL}/?_task=login`, {
      jar,
      form: { _token: token!, _task: 'login', _action: 'login', _timezone: 'Europe/Brussels', _url: '', _user: MAIL_AGENT.user, _pass: MAIL_AGENT.password },
    });
    expect(login.status).toBe(302);
    expect(login.location).toContain('_task=mail');

    const start = await http(`${WEBMAIL_URL}/?_task=mail&_action=compose`, { jar });
    const composeId = /_id=([0-9a-f]+)/.exec(start.location)?.[1];
    expect(composeId).toBeTruthy();
    const compose = await http(`${WEBMAIL_URL}/?_task=mail&_action=compose&_id=${composeId}`, { jar });
    const requestToken = /"request_token":"([^"]+)"/.exec(compose.body)?.[1];
    const identity = /<select name="_from"[^>]*>\s*<option value="(\d+)"/.exec(compose.body)?.[1];
    expect(requestToken).toBeTruthy();
    expect(identity).toBeTruthy();
    expect(compose.body).toContain('id="compose-subject"');

    const subject = unique('Compromis rue de la Loi');
    const sent = await http(`${WEBMAIL_URL}/?_task=mail`, {
      jar,
      headers: { 'x-roundcube-request': requestToken! },
      form: {
        _token: requestToken!, _task: 'mail', _action: 'send', _id: composeId!, _from: identity!, _to: 'sophie.lambert@gmail.com',
        _cc: '', _bcc: '', _subject: subject, _message: 'Bonjour Sophie, voici le compromis.', _is_html: '0', _draft: '', _unlock: 'loading1', _framed: '1',
      },
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toContain('sent_successfully');

    const mail = await waitForDelivered((m) => m.subject === subject);
    expect(mail.mailbox).toBe('catchall');
    expect(mail.to).toBe('sophie.lambert@gmail.com');
    expect(mail.from).toBe(MAIL_AGENT.address);
    expect(mail.body).toContain('voici le compromis.');

    const imap = await imapSession(IMAP_PORT, MAIL_AGENT.user, MAIL_AGENT.password, ['SELECT Sent', `SEARCH SUBJECT "${subject}"`]);
    expect(imap.responses[1]).toMatch(/^\* SEARCH \d+/m);
  });
});
