/**
 * The background: a thin router (style.md habit 2). Every message is safeParsed against lib/messages.ts and
 * checked for where it comes from: content-script messages only from web pages in a tab, UI messages only from
 * the extension's own pages. Anything else is refused. Logic lives in send.ts, state.ts and db.ts.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CsToBgSchema, UiToBgSchema, type CsToBg, type UiToBg } from '../../lib/messages.ts';
import { adapterFor } from '../../lib/sites/index.ts';
import { purgeOlderThan, recentShares } from './db.ts';
import { handleRequestCheck, startNetworkObserver } from './network.ts';
import { handleSend, openDialog, resolveDialog } from './send.ts';
import { activePolicy, agentIdentity, setAgentIdentity } from './state.ts';

type Sender = Browser.runtime.MessageSender;

function fromContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && !!sender.tab?.id && /^https?:/.test(sender.url ?? '');
}

function fromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

async function onContentScript(msg: CsToBg, sender: Sender): Promise<unknown> {
  switch (msg.type) {
    case 'cs-bg:hello':
      return { policy: activePolicy() };
    case 'cs-bg:send':
      return handleSend(msg, { tabId: sender.tab!.id!, frameId: sender.frameId ?? 0, url: sender.url! });
    case 'cs-bg:request':
      return handleRequestCheck(msg, { tabId: sender.tab!.id!, url: sender.url! });
    case 'cs-bg:health':
      return { ok: true };
  }
}

async function tabStatus() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ? new URL(tab.url) : undefined;
  const adapter = url ? adapterFor(url) : undefined;
  const host = url?.hostname ?? '';
  const recent = adapter ? await recentShares({ site: adapter.id }, 5) : [];
  return { host, protected: !!adapter, site: adapter?.id, policyVersion: activePolicy().version, recentDecisions: recent };
}

async function onExtensionPage(msg: UiToBg, sender: Sender): Promise<unknown> {
  switch (msg.type) {
    case 'ui-bg:ping':
      return { ok: true, version: browser.runtime.getManifest().version };
    case 'ui-bg:tab-status':
      return tabStatus();
    case 'ui-bg:dialog-open':
      return openDialog(msg.eventId, msg.nonce, sender.tab?.id);
    case 'ui-bg:dialog-choice':
      return resolveDialog(msg, sender.tab?.id);
    case 'ui-bg:settings-get':
      return { agent: await agentIdentity(), policyVersion: activePolicy().version };
    case 'ui-bg:settings-set':
      await setAgentIdentity(msg.agent);
      return { ok: true };
  }
}

export function route(message: unknown, sender: Sender): Promise<unknown> | undefined {
  if (fromContentScript(sender)) {
    const parsed = CsToBgSchema.safeParse(message);
    return parsed.success ? onContentScript(parsed.data, sender) : Promise.resolve({ refused: 'malformed message' });
  }
  if (fromExtensionPage(sender)) {
    const parsed = UiToBgSchema.safeParse(message);
    return parsed.success ? onExtensionPage(parsed.data, sender) : Promise.resolve({ refused: 'malformed message' });
  }
  return undefined;
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  startNetworkObserver();

  const purge = () => purgeOlderThan(activePolicy().retentionDays).catch(() => undefined);
  browser.alarms.create('purge-log', { periodInMinutes: 6 * 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'purge-log') void purge();
  });
  browser.runtime.onStartup.addListener(() => void purge());

  // First run: ask the agent who they are, once, for the log.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install' || import.meta.env.MODE === 'test') return;
    const agent = await agentIdentity();
    if (!agent.name && !agent.email) await browser.runtime.openOptionsPage();
  });
});
