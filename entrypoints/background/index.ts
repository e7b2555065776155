/**
 * The background: a thin router (style.md habit 2). Every message is safeParsed against lib/messages.ts and
 * checked for where it comes from: content-script messages only from web pages in a tab, UI messages only from
 * the extension's own pages. Anything else is refused. Logic lives in send.ts, state.ts, policy-store.ts and db.ts.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CsToBgSchema, UiToBgSchema, type BgToCs, type CsToBg, type UiToBg } from '../../lib/messages.ts';
import { adapterFor } from '../../lib/sites/index.ts';
import { siteEnabled } from '../../lib/sites/override.ts';
import { purgeOlderThan, recentShares } from './db.ts';
import { degradedSites, forgetTab, recordHealth, tabHealth } from './health.ts';
import { syncExtraHosts } from './extra-hosts.ts';
import { startFormBlock } from './form-block.ts';
import { changePassphrase, lockRole, roleRefusal, roleStatus, setupPassphrases, unlockRole } from './roles.ts';
import { handleRequestCheck, startNetworkObserver } from './network.ts';
import { handleSend, openDialog, resolveDialog } from './send.ts';
import { activePolicy, applyLocalPolicy, onPolicyChange, policyReady, policyStatus, startPolicyChannels } from './policy-store.ts';
import { agentIdentity, managedIdentity, setAgentIdentity } from './state.ts';

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
      await recordHealth(msg, { tabId: sender.tab!.id!, url: sender.url! });
      return { ok: true };
  }
}

async function tabStatus() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ? new URL(tab.url) : undefined;
  const adapter = url ? adapterFor(url) : undefined;
  const host = url?.hostname ?? '';
  const recent = adapter ? await recentShares({ site: adapter.id }, 5) : [];
  // The admin may have switched the site off (sites.<id>.enabled: false): then it is not protected.
  const enabled = !!adapter && siteEnabled(activePolicy(), adapter.id);
  const health = tab?.id !== undefined && adapter ? await tabHealth(tab.id) : undefined;
  const policyError = policyStatus().lastError?.message;
  return {
    host,
    protected: enabled,
    site: adapter?.id,
    ...(adapter && !enabled ? { disabled: true } : {}),
    policyVersion: activePolicy().version,
    recentDecisions: recent,
    ...(health && health.site === adapter?.id && health.host === host ? { health: { ok: health.ok, missing: health.missing } } : {}),
    degraded: (await degradedSites()).map(({ site, missing, time }) => ({ site, missing, time })),
    ...(policyError ? { policyError } : {}),
  };
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
      return { agent: await agentIdentity(), managed: managedIdentity(), policyVersion: activePolicy().version, policy: policyStatus() };
    case 'ui-bg:settings-set':
      await setAgentIdentity(msg.agent);
      return { ok: true };
    case 'ui-bg:policy-status':
      return policyStatus();
    case 'ui-bg:role-status':
      return roleStatus();
    case 'ui-bg:role-setup':
      return setupPassphrases(msg.admin, msg.director);
    case 'ui-bg:role-passphrase':
      return changePassphrase(msg.role, msg.passphrase);
    case 'ui-bg:role-unlock':
      return unlockRole(msg.role, msg.passphrase);
    case 'ui-bg:role-lock':
      return lockRole();
    case 'ui-bg:policy-get':
      return { policy: activePolicy(), status: policyStatus() };
    case 'ui-bg:policy-apply':
      return applyLocalPolicy(msg.text, msg.signature);
  }
}

export function route(message: unknown, sender: Sender): Promise<unknown> | undefined {
  // Every answer waits for the stored and managed policy, so none is given with the bundled default by mistake.
  if (fromContentScript(sender)) {
    const parsed = CsToBgSchema.safeParse(message);
    return parsed.success ? policyReady().then(() => onContentScript(parsed.data, sender)) : Promise.resolve({ refused: 'malformed message' });
  }
  if (fromExtensionPage(sender)) {
    const parsed = UiToBgSchema.safeParse(message);
    if (!parsed.success) return Promise.resolve({ refused: 'malformed message' });
    // Messages that need a role (lib/roles/roles.ts REQUIRED_ROLE) are refused unless the background grants it.
    return policyReady()
      .then(() => roleRefusal(parsed.data))
      .then((refusal) => refusal ?? onExtensionPage(parsed.data, sender));
  }
  return undefined;
}

/** Tells every tab's content script that the policy changed, so the next check uses the new one without a reload. */
async function announcePolicyChange(): Promise<void> {
  const tabs = await browser.tabs.query({});
  const message: BgToCs = { type: 'bg-cs:policy-changed' };
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  startFormBlock();
  startPolicyChannels();
  onPolicyChange((policy) => {
    void announcePolicyChange();
    void syncExtraHosts(policy);
  });
  void policyReady().then(() => syncExtraHosts(activePolicy()));
  startNetworkObserver();

  const purge = () => purgeOlderThan(activePolicy().retentionDays).catch(() => undefined);
  browser.alarms.create('purge-log', { periodInMinutes: 6 * 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'purge-log') void purge();
  });
  browser.runtime.onStartup.addListener(() => void purge());
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => undefined));

  // First run: ask the agent who they are, once, for the log.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install' || import.meta.env.MODE === 'test') return;
    const agent = await agentIdentity();
    if (!agent.name && !agent.email) await browser.runtime.openOptionsPage();
  });
});
