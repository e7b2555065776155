/**
 * The real local services that scripts/services/up.sh sets up (WordPress, Roundcube, Dovecot, Postfix), for Node:
 * their addresses and test accounts, and a way to start them when they are not running.
 * The same values are in env.sh for the shell side: change both together. Every password here is for the local
 * test services only. See docs/services.md.
 */
import { execFileSync } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';

export const SERVICES_DIR = import.meta.dirname;

export const WP_HOST = 'wp.primogest.test';
export const WP_PORT = 18080;
export const WEBMAIL_HOST = 'webmail.primogest.test';
export const WEBMAIL_PORT = 18081;
export const IMAP_PORT = 143;
export const SMTP_PORT = 25;
export const MAIL_DOMAIN = 'primogest.test';

/** http://wp.primogest.test:18080 (no trailing slash). */
export const WP_URL = `http://${WP_HOST}:${WP_PORT}`;
/** http://webmail.primogest.test:18081 (no trailing slash). */
export const WEBMAIL_URL = `http://${WEBMAIL_HOST}:${WEBMAIL_PORT}`;

/** Chromium flag value: `--host-resolver-rules=${HOST_RESOLVER_RULES}` sends both host names to 127.0.0.1. */
export const HOST_RESOLVER_RULES = `MAP ${WP_HOST} 127.0.0.1, MAP ${WEBMAIL_HOST} 127.0.0.1`;

/** Test-only accounts. */
export const WP_ADMIN = { user: 'admin', password: 'vigie-admin-pw', email: 'admin@primogest.test' } as const;
export const WP_DB = { name: 'wordpress', user: 'wordpress', password: 'vigie-db-pw' } as const;
/** Roundcube and IMAP login `agent` (or agent@primogest.test); its address is agent@primogest.test. */
export const MAIL_AGENT = { user: 'agent', password: 'vigie-agent-pw', address: 'agent@primogest.test' } as const;
/** Receives every message for an address that is not a local mailbox (gmail.com, telenet.be, …). */
export const MAIL_CATCHALL = { user: 'catchall', password: 'vigie-catchall-pw', address: 'catchall@primogest.test' } as const;

const PORTS = [WP_PORT, WEBMAIL_PORT, IMAP_PORT, SMTP_PORT];

/** Does 127.0.0.1:port accept a connection? */
export function portOpen(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Are all four services listening? */
export async function servicesUp(): Promise<boolean> {
  return (await Promise.all(PORTS.map((p) => portOpen(p)))).every(Boolean);
}

/**
 * Starts the services with up.sh unless they all answer already (as root; the first run on a fresh machine installs
 * the Debian packages: a few minutes). Output goes to stderr. For a test's beforeAll: give it a long hook timeout.
 */
export async function ensureServicesUp(): Promise<void> {
  if (await servicesUp()) return;
  execFileSync('bash', [join(SERVICES_DIR, 'up.sh')], { stdio: ['ignore', process.stderr, process.stderr], timeout: 20 * 60_000 });
}
