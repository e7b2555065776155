/**
 * A small HTTP client for the service tests: connects to 127.0.0.1 but sends the real Host header
 * (wp.primogest.test:18080, …), so the tests need no /etc/hosts entry, like Chromium with --host-resolver-rules.
 * (Node's fetch ignores a Host header.) Keeps cookies per jar; never follows redirects.
 */
import { request } from 'node:http';

export class CookieJar {
  readonly cookies = new Map<string, string>();

  store(setCookie: string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      if (eq <= 0) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || value === 'deleted' || /expires=Thu, 01[- ]Jan[- ]1970/i.test(line) || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  location: string;
  body: string;
  json<T = unknown>(): T;
}

export function http(
  url: string,
  options: { method?: string; form?: Record<string, string>; body?: string; headers?: Record<string, string>; jar?: CookieJar } = {},
): Promise<Response> {
  const u = new URL(url);
  const body = options.form ? new URLSearchParams(options.form).toString() : options.body;
  const headers: Record<string, string> = { host: u.host, 'user-agent': 'vigie-services-test', ...options.headers };
  if (options.form) headers['content-type'] = 'application/x-www-form-urlencoded';
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  const cookie = options.jar?.header();
  if (cookie) headers.cookie = cookie;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: Number(u.port || 80), path: u.pathname + u.search, method: options.method ?? (body !== undefined ? 'POST' : 'GET'), headers, timeout: 30_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          options.jar?.store(res.headers['set-cookie']);
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            location: String(res.headers.location ?? ''),
            body: text,
            json: <T>() => JSON.parse(text) as T,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    req.end(body);
  });
}
