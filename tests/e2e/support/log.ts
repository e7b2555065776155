/** Reads the share log (IndexedDB `vigie`, table `shares`) from inside the extension, as the popup would. */
import type { Worker } from 'playwright-core';

export interface LoggedShare {
  eventId: string;
  site: string;
  action: string;
  choice: string;
  decision: string;
  status: string;
  destinations: { to: string; decision: string }[];
  findings: { type: string; count: number; samples: string[]; hashes: string[] }[];
  justification?: { legalBasis?: string; text?: string };
}

export function readLog(worker: Worker): Promise<LoggedShare[]> {
  return worker.evaluate(
    () =>
      new Promise<LoggedShare[]>((resolve, reject) => {
        const open = indexedDB.open('vigie');
        // The log does not exist yet: don't create it (that would block the extension's own schema upgrade).
        let missing = false;
        open.onupgradeneeded = () => {
          missing = true;
          open.transaction?.abort();
        };
        open.onerror = () => (missing ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('shares').objectStore('shares').getAll();
          // Close at once: an open connection would block the extension's next schema upgrade.
          req.onsuccess = () => {
            db.close();
            resolve(req.result as LoggedShare[]);
          };
          req.onerror = () => {
            db.close();
            reject(req.error);
          };
        };
      }),
  );
}

/** Waits until the log has at least `count` rows, and returns them. */
export async function waitForLog(worker: Worker, count: number, timeout = 10_000): Promise<LoggedShare[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const rows = await readLog(worker);
    if (rows.length >= count) return rows;
    if (Date.now() > deadline) throw new Error(`expected ${count} log rows, found ${rows.length}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until a log row matches, and returns it. The log is written by the background after the page has acted
 * (an allowed send reaches the server before its row is stored), so a row is waited for, never read once.
 */
export async function findLog(worker: Worker, match: (row: LoggedShare) => boolean, timeout = 10_000): Promise<LoggedShare> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const rows = await readLog(worker);
    const row = rows.find(match);
    if (row) return row;
    if (Date.now() > deadline) {
      const seen = rows.map((r) => `${r.site} ${r.choice} → ${r.destinations.map((d) => d.to).join(', ')}`);
      throw new Error(`no log row matched within ${timeout} ms; the log holds:\n${seen.join('\n') || '(nothing)'}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
