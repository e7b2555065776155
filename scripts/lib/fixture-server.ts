/**
 * The local stand-in for the web apps Vigie watches, used by `npm run demo` and the browser tests.
 * One HTTPS server answers for every real host name (mail.google.com, outlook.office.com, …) so the extension's
 * real match patterns are exercised: Chromium reaches it through --host-resolver-rules, Firefox through a
 * small CONNECT proxy that tunnels every host to it. A throwaway self-signed certificate is made with openssl at start.
 * It records every POST the pages make, whatever the host and path (the demo pages' sends, Gmail's /sync/…/i/s,
 * Google Forms' …/formResponse, a third-party collector), so tests can check what reached the server;
 * cross-origin POSTs are allowed (CORS).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/sites');

/** Which fixture folder and page answer for which host. Paths keep their real shape; assets resolve by file name. */
export const FIXTURE_HOSTS: Readonly<Record<string, { dir: string; page: string }>> = {
  'mail.google.com': { dir: 'gmail', page: 'inbox.html' },
  'outlook.office.com': { dir: 'outlook', page: 'mail.html' },
  'outlook.office365.com': { dir: 'outlook', page: 'mail.html' },
  'outlook.live.com': { dir: 'outlook', page: 'mail.html' },
  'outlook.cloud.microsoft': { dir: 'outlook', page: 'mail.html' },
  'demo.vigie.test': { dir: 'demo', page: 'index.html' },
  // An agency's own Omnicasa instance (rules/sites/omnicasa.json: any subdomain of omnicasa.com).
  'primogest.omnicasa.com': { dir: 'omnicasa', page: 'index.html' },
  // An Omnicasa instance on a host of its own, which only the policy names (sites.omnicasa.hosts).
  'crm.primogest.test': { dir: 'omnicasa', page: 'index.html' },
  'docs.google.com': { dir: 'google-forms', page: 'viewform.html' },
  // A third party no policy party covers, for the network backstop's tests.
  'collect.evil.test': { dir: 'collect', page: 'index.html' },
};

/**
 * Google Forms: /forms/[u/<n>/]d/e/<id>/viewform serves a form under any published id (the fixture's own id replaced
 * by the one asked for; `?fixture=multipage` for the two-page form). A POST to …/formResponse is recorded and answered
 * like Forms: the next page when Next posted it (continue=1), else the confirmation page.
 */
const FORM_PATH = /^\/forms\/(?:u\/\d+\/)?d\/e\/([A-Za-z0-9_-]+)\/(viewform|formResponse)$/;
const FIXTURE_FORM_ID = '1FAIpQLSf_VigieFixtureForm_000000000000000000000000000';

function formPage(file: string, formId: string): string {
  return readFileSync(join(FIXTURES, 'google-forms', file), 'utf8').replaceAll(FIXTURE_FORM_ID, formId);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface SentMessage {
  host: string;
  path: string;
  body: unknown;
  time: number;
}

export interface FixtureServer {
  port: number;
  /** Plain-HTTP CONNECT proxy tunnelling every host to `port` (for Firefox). */
  proxyPort: number;
  /** Everything the pages sent, in order. */
  sent: SentMessage[];
  /** Chromium flag mapping every fixture host to this server. */
  hostResolverRules: string;
  close(): Promise<void>;
}

function certificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'demo-key.pem');
  const cert = join(dir, 'demo-cert.pem');
  const san = Object.keys(FIXTURE_HOSTS).map((h) => `DNS:${h}`).join(',');
  // A certificate made before a host was added lacks it: make a new one.
  const names = existsSync(cert) ? (new X509Certificate(readFileSync(cert)).subjectAltName ?? '') : '';
  if (!existsSync(key) || Object.keys(FIXTURE_HOSTS).some((h) => !names.split(', ').includes(`DNS:${h}`))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '30',
      '-subj', '/CN=Vigie demo (throwaway)', '-addext', `subjectAltName=${san}`, '-keyout', key, '-out', cert], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

function resolveFile(host: string, path: string): string | null {
  const site = FIXTURE_HOSTS[host];
  if (!site) return null;
  const base = normalize(decodeURIComponent(path.split('?')[0]!)).split('/').pop() ?? '';
  const asset = base && base.includes('.') ? join(FIXTURES, site.dir, base) : null;
  if (asset && existsSync(asset)) return asset;
  return join(FIXTURES, site.dir, site.page);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function startFixtureServer(options: { port?: number; tmpDir?: string } = {}): Promise<FixtureServer> {
  const sent: SentMessage[] = [];
  const server: Server = createHttpsServer(certificate(options.tmpDir ?? join(ROOT, '.tmp')), async (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0]!.toLowerCase();
    const path = req.url ?? '/';
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type', 'access-control-allow-methods': 'POST' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const form = host === 'docs.google.com' ? FORM_PATH.exec(path.split('?')[0]!) : null;
    if (form && req.method === 'GET' && form[2] === 'viewform') {
      const multipage = new URLSearchParams(path.split('?')[1] ?? '').get('fixture') === 'multipage';
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(formPage(multipage ? 'multipage.html' : 'viewform.html', form[1]!));
      return;
    }
    if (req.method === 'POST') {
      const text = await readBody(req);
      if (form && form[2] === 'formResponse') {
        // A Google Form's answers (a top-level urlencoded POST): the next page or the confirmation, like the real one.
        const urlencoded = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
        const body: Record<string, string> | string = urlencoded ? Object.fromEntries(new URLSearchParams(text)) : text;
        sent.push({ host, path, body, time: Date.now() });
        const next = typeof body === 'object' && body.continue === '1' ? 'multipage-2.html' : 'confirmation.html';
        res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(formPage(next, form[1]!));
        return;
      }
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: kept as text
      }
      sent.push({ host, path, body, time: Date.now() });
      res.writeHead(200, { 'content-type': 'application/json', ...cors }).end('{"ok":true}');
      return;
    }
    const file = req.method === 'GET' ? resolveFile(host, path) : null;
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  // Firefox has no --host-resolver-rules: it uses this proxy for HTTPS, and every CONNECT is tunnelled to `server`.
  const proxy = createHttpServer((_req, res) => res.writeHead(405).end());
  // A tunnel's socket leaves the server's books once CONNECT is answered: kept here, so close() can end it.
  const tunnels = new Set<{ destroy(): void }>();
  proxy.on('connect', (_req, socket, head) => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    const upstream = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyPort = (proxy.address() as AddressInfo).port;
  const stop = (s: Server | ReturnType<typeof createHttpServer>) =>
    new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  return {
    port,
    proxyPort,
    sent,
    hostResolverRules: Object.keys(FIXTURE_HOSTS).map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', '),
    close: async () => {
      for (const socket of tunnels) socket.destroy();
      await Promise.all([stop(server), stop(proxy)]);
    },
  };
}
