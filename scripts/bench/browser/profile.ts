/**
 * `--profile`: samples the page's renderer with the CDP profiler (which sees the content script's isolated world
 * too) and ranks the extension's functions by self time, to find where Vigie spends its time. The content
 * script is minified: each function is named as in the bundle, with its line:column in content-scripts/webmail.js.
 */
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface Hotspot {
  fn: string;
  where: string;
  selfMs: number;
}

export interface ProfileSummary {
  label: string;
  extensionMs: number;
  totalMs: number;
  top: Hotspot[];
}

export async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return cdp;
}

export async function stopProfile(cdp: CDPSession, label: string, top = 8): Promise<ProfileSummary> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach().catch(() => undefined);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time before sample i; bill it to the sample's node.
  for (let i = 0; i < samples.length; i++) self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  const agg = new Map<string, Hotspot>();
  let extensionMs = 0;
  let totalMs = 0;
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame;
    if (f.functionName !== '(idle)' && f.functionName !== '(program)') totalMs += ms;
    if (!f.url.startsWith('chrome-extension://')) continue;
    extensionMs += ms;
    const file = f.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    const key = `${f.functionName}|${file}|${f.lineNumber}|${f.columnNumber}`;
    const h = agg.get(key) ?? { fn: f.functionName || '(anonymous)', where: `${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`, selfMs: 0 };
    h.selfMs += ms;
    agg.set(key, h);
  }
  return { label, extensionMs, totalMs, top: [...agg.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top) };
}
