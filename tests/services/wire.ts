/** Minimal SMTP and IMAP clients over node:net for the service tests (plain text, loopback only). */
import { connect, type Socket } from 'node:net';

class LineConversation {
  private buffer = '';
  private waiter: (() => void) | null = null;
  private closed = false;

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      this.waiter?.();
    });
    socket.on('close', () => {
      this.closed = true;
      this.waiter?.();
    });
  }

  static open(port: number): Promise<LineConversation> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port }, () => resolve(new LineConversation(socket)));
      socket.once('error', reject);
    });
  }

  /** Waits until the text received so far matches, returns it and consumes it. */
  async expect(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const m = pattern.exec(this.buffer);
      if (m) {
        const upTo = m.index + m[0].length;
        const text = this.buffer.slice(0, upTo);
        this.buffer = this.buffer.slice(upTo);
        return text;
      }
      if (this.closed || Date.now() > end) throw new Error(`expected ${pattern}, got: ${JSON.stringify(this.buffer)}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, Math.max(1, end - Date.now()));
        this.waiter = () => {
          clearTimeout(t);
          r();
        };
      });
    }
  }

  send(line: string): void {
    this.socket.write(`${line}\r\n`);
  }

  close(): void {
    this.socket.destroy();
  }
}

/** SMTP reply: waits for the last line of a (multi-line) reply with the given code. */
async function reply(c: LineConversation, code: number): Promise<string> {
  return c.expect(new RegExp(`^${code} .*\\r\\n`, 'm'));
}

/** Sends one message by SMTP (no auth: Postfix trusts 127.0.0.0/8). Returns the final server reply (250 …queued as …). */
export async function smtpSend(port: number, mail: { from: string; to: string[]; data: string }): Promise<string> {
  const c = await LineConversation.open(port);
  try {
    await reply(c, 220);
    c.send('EHLO vigie-test.local');
    await reply(c, 250);
    c.send(`MAIL FROM:<${mail.from}>`);
    await reply(c, 250);
    for (const to of mail.to) {
      c.send(`RCPT TO:<${to}>`);
      await reply(c, 250);
    }
    c.send('DATA');
    await reply(c, 354);
    const body = mail.data.replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
    c.send(`${body}\r\n.`);
    const queued = await reply(c, 250);
    c.send('QUIT');
    await reply(c, 221).catch(() => '');
    return queued.trim();
  } finally {
    c.close();
  }
}

/** Logs in by IMAP, runs commands, logs out. Returns each tagged command's full response (untagged lines included). */
export async function imapSession(port: number, user: string, password: string, commands: string[] = []): Promise<{ login: string; responses: string[] }> {
  const c = await LineConversation.open(port);
  try {
    await c.expect(/^\* OK.*\r\n/m);
    const quote = (s: string) => `"${s.replace(/[\\"]/g, '\\$&')}"`;
    c.send(`a0 LOGIN ${quote(user)} ${quote(password)}`);
    const login = await c.expect(/^a0 (OK|NO|BAD).*\r\n/m);
    const responses: string[] = [];
    if (/^a0 OK/m.test(login)) {
      for (const [i, cmd] of commands.entries()) {
        c.send(`a${i + 1} ${cmd}`);
        responses.push(await c.expect(new RegExp(`^a${i + 1} (OK|NO|BAD).*\\r\\n`, 'm')));
      }
      c.send('z LOGOUT');
      await c.expect(/^z OK.*\r\n/m).catch(() => '');
    }
    return { login, responses };
  } finally {
    c.close();
  }
}
