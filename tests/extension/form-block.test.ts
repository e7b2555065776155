/**
 * The Google Forms network block's bookkeeping, against an in-memory stand-in for declarativeNetRequest's session
 * rules (WXT's fake browser does not implement it). Whether Chromium really stops the POSTs is proved by
 * tests/e2e/forms.test.ts; here: which rules exist after which verdicts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { startFormBlock, syncFormBlock } from '../../entrypoints/background/form-block.ts';
import type { Envelope } from '../../lib/guard/analyse.ts';
import type { Decision } from '../../lib/policy/types.ts';
import { formResponseFilter } from '../../lib/sites/google-forms.ts';

type Rule = Browser.declarativeNetRequest.Rule;

const FORM = '1FAIpQLSd3mYbXk7Qw9RtUvLpZ0aB1cD2eF3gH';
const OTHER_FORM = '1FAIpQLSe8nZcYl6Rw0SuTmKo9bA2cE3dF4gH';
const OTHER_MODULE_RULE: Rule = { id: 7, priority: 1, action: { type: 'block' } as Rule['action'], condition: { urlFilter: '||tracker.example' } };

let rules: Rule[];

beforeEach(() => {
  fakeBrowser.reset();
  rules = [OTHER_MODULE_RULE];
  vi.spyOn(browser.declarativeNetRequest, 'getSessionRules').mockImplementation(async () => structuredClone(rules));
  vi.spyOn(browser.declarativeNetRequest, 'updateSessionRules').mockImplementation(async ({ addRules = [], removeRuleIds = [] }) => {
    for (const r of addRules) if (rules.some((x) => x.id === r.id)) throw new Error(`duplicate rule id ${r.id}`);
    rules = [...rules.filter((r) => !removeRuleIds.includes(r.id)), ...addRules];
  });
});

const draft = (...formIds: string[]): Envelope => ({
  site: 'google-forms',
  action: 'submit-form',
  recipients: [],
  targets: formIds.map((formId) => ({ kind: 'form' as const, formId })),
  subject: '',
  attachments: [],
});
const verdict = (enforced: Decision['enforced']) => ({ enforced }) as Decision;
const formRules = () => rules.filter((r) => r !== OTHER_MODULE_RULE);

describe('the Google Forms network block', () => {
  it('adds one tab-scoped block rule for the POSTs of a blocked form, navigations included', async () => {
    await syncFormBlock(draft(FORM), verdict('block'), 12);
    expect(formRules()).toEqual([
      {
        id: 1_000_000,
        priority: 1,
        action: { type: 'block' },
        condition: {
          regexFilter: formResponseFilter(FORM),
          requestMethods: ['post'],
          tabIds: [12],
          resourceTypes: ['main_frame', 'sub_frame', 'xmlhttprequest', 'ping', 'other'],
        },
      },
    ]);
  });

  it('keeps one rule however often the form is blocked, also when checks run at once', async () => {
    await Promise.all([syncFormBlock(draft(FORM), verdict('block'), 12), syncFormBlock(draft(FORM), verdict('block'), 12)]);
    await syncFormBlock(draft(FORM), verdict('block'), 12);
    expect(formRules()).toHaveLength(1);
  });

  it.each(['allow', 'warn'] as const)('lifts the block when a later check says %s, in that tab only', async (enforced) => {
    await syncFormBlock(draft(FORM), verdict('block'), 12);
    await syncFormBlock(draft(FORM), verdict('block'), 13);
    await syncFormBlock(draft(OTHER_FORM), verdict('block'), 12);
    await syncFormBlock(draft(FORM), verdict(enforced), 12);
    expect(formRules().map((r) => [r.condition.regexFilter, r.condition.tabIds])).toEqual([
      [formResponseFilter(FORM), [13]],
      [formResponseFilter(OTHER_FORM), [12]],
    ]);
    expect(rules).toContainEqual(OTHER_MODULE_RULE); // another module's rule is never touched
  });

  it('gives new rules ids that no rule uses', async () => {
    await syncFormBlock(draft(FORM), verdict('block'), 12);
    await syncFormBlock(draft(OTHER_FORM), verdict('block'), 12);
    await syncFormBlock(draft(FORM), verdict('allow'), 12);
    await syncFormBlock(draft(FORM), verdict('block'), 14);
    const ids = formRules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id >= 1_000_000)).toBe(true);
  });

  it('does nothing for an email, an unknown form id or a request without a tab', async () => {
    await syncFormBlock({ ...draft(), site: 'gmail', action: 'send-email', targets: undefined }, verdict('block'), 12);
    await syncFormBlock(draft('unknown'), verdict('block'), 12);
    await syncFormBlock(draft(FORM), verdict('block'), -1);
    expect(formRules()).toEqual([]);
  });

  it('never throws when the API fails: the held button still protects the form', async () => {
    vi.mocked(browser.declarativeNetRequest.updateSessionRules).mockRejectedValueOnce(new Error('quota'));
    await expect(syncFormBlock(draft(FORM), verdict('block'), 12)).resolves.toBeUndefined();
    await syncFormBlock(draft(FORM), verdict('block'), 12); // the next check works again
    expect(formRules()).toHaveLength(1);
  });

  it("drops a closed tab's rules", async () => {
    startFormBlock();
    await syncFormBlock(draft(FORM), verdict('block'), 12);
    await syncFormBlock(draft(FORM), verdict('block'), 13);
    await fakeBrowser.tabs.onRemoved.trigger(12, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(() => expect(formRules().map((r) => r.condition.tabIds)).toEqual([[13]]));
  });
});
