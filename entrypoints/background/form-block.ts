/**
 * The network half of the Google Forms guard (design.md, layer 3): when the background blocks a form's answers, a
 * declarativeNetRequest session rule also stops any POST to that form's /formResponse from the tab, so a page
 * script cannot submit around the held button (form.submit(), fetch, a beacon). The rule exists exactly while the
 * latest verdict on that form in that tab is `block`: a later check that allows (the agent removed the data) or
 * warns (the agent may send anyway) lifts it before the send is released. Session rules survive a service-worker
 * restart and go with the browser session; a closed tab's rules are removed.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Envelope } from '../../lib/guard/analyse.ts';
import type { Decision } from '../../lib/policy/types.ts';
import { FORM_ID } from '../../lib/policy/url-pattern.ts';
import { formResponseFilter } from '../../lib/sites/google-forms.ts';

type Rule = Browser.declarativeNetRequest.Rule;

/** This module's session rules use ids from here up, apart from any other module's. */
const FIRST_RULE_ID = 1_000_000;
/**
 * Every way a page posts: navigation (top or embedded), fetch/XHR, sendBeacon. Without main_frame DNR skips
 * navigations. Chrome files a beacon under `ping` (and refuses `beacon`); Firefox has its own `beacon` type.
 */
const RESOURCE_TYPES = ['main_frame', 'sub_frame', 'xmlhttprequest', 'ping', 'other', ...(import.meta.env.FIREFOX ? ['beacon'] : [])] as Browser.declarativeNetRequest.ResourceType[];

const isMine = (rule: Rule) => rule.id >= FIRST_RULE_ID && rule.id < FIRST_RULE_ID * 2;

/** One rule change at a time: two checks at once must not pick the same new id. */
let queue: Promise<unknown> = Promise.resolve();

function serialised(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/** Adds or lifts the block of every form this draft goes to, in this tab. Never throws: the gesture layer still holds. */
export function syncFormBlock(draft: Envelope, decision: Decision, tabId: number): Promise<void> {
  const formIds = (draft.targets ?? []).flatMap((t) => (t.kind === 'form' && FORM_ID.test(t.formId) ? [t.formId] : []));
  if (formIds.length === 0 || tabId < 0) return Promise.resolve();
  const block = decision.enforced === 'block';
  return serialised(async () => {
    const rules = (await browser.declarativeNetRequest.getSessionRules()).filter(isMine);
    const existing = (formId: string) =>
      rules.find((r) => r.condition.regexFilter === formResponseFilter(formId) && r.condition.tabIds?.includes(tabId));
    const removeRuleIds = block ? [] : formIds.flatMap((id) => existing(id)?.id ?? []);
    let next = Math.max(FIRST_RULE_ID - 1, ...rules.map((r) => r.id)) + 1;
    const addRules: Rule[] = block
      ? formIds
          .filter((id) => !existing(id))
          .map((formId) => ({
            id: next++,
            priority: 1,
            action: { type: 'block' as Browser.declarativeNetRequest.RuleActionType },
            condition: {
              regexFilter: formResponseFilter(formId),
              requestMethods: ['post' as Browser.declarativeNetRequest.RequestMethod],
              tabIds: [tabId],
              resourceTypes: RESOURCE_TYPES,
            },
          }))
      : [];
    if (addRules.length > 0 || removeRuleIds.length > 0) await browser.declarativeNetRequest.updateSessionRules({ addRules, removeRuleIds });
  }).catch(() => undefined);
}

/** Drops a closed tab's rules. Registered once when the background starts. */
export function startFormBlock(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void serialised(async () => {
      const rules = (await browser.declarativeNetRequest.getSessionRules()).filter((r) => isMine(r) && r.condition.tabIds?.includes(tabId));
      if (rules.length > 0) await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: rules.map((r) => r.id) });
    }).catch(() => undefined);
  });
}
