/** The "sent" fact's matching of guarded sends with completed send-endpoint requests (lib/log/confirm.ts). */
import { describe, expect, it } from 'vitest';
import { EARLY_MS, SendMatcher, WINDOW_MS } from '../../../lib/log/confirm.ts';

const send = (eventId: string, at: number, tabId = 1) => ({ eventId, tabId, at });
const done = (requestId: string, startedAt: number, tabId = 1) => ({ requestId, tabId, startedAt });

describe('SendMatcher', () => {
  it('confirms a send with the next completion in its tab and window, once', () => {
    const m = new SendMatcher();
    expect(m.expect(send('a', 1000), 1000)).toBe(false);
    expect(m.complete(done('r1', 1500, 2), 1600)).toBeNull(); // another tab
    expect(m.complete(done('r2', 1500), 1600)).toBe('a');
    expect(m.complete(done('r3', 1700), 1800)).toBeNull(); // already confirmed
  });

  it('confirms oldest first when two sends wait in the same tab', () => {
    const m = new SendMatcher();
    m.expect(send('a', 1000), 1000);
    m.expect(send('b', 1100), 1100);
    expect(m.complete(done('r1', 1200), 1300)).toBe('a');
    expect(m.complete(done('r2', 1250), 1300)).toBe('b');
  });

  it('takes a completion seen before the send registered, if it started at most EARLY_MS before', () => {
    const m = new SendMatcher();
    expect(m.complete(done('r1', 1000), 1100)).toBeNull();
    expect(m.expect(send('a', 1000 + EARLY_MS), 1000 + EARLY_MS)).toBe(true);
    expect(m.complete(done('r2', 5000), 5100)).toBeNull();
    expect(m.expect(send('b', 5001 + EARLY_MS), 5001 + EARLY_MS)).toBe(false); // too early: a draft save, not this send
  });

  it('forgets a send whose window closed', () => {
    const m = new SendMatcher();
    m.expect(send('a', 0), 0);
    expect(m.complete(done('r1', WINDOW_MS + 1), WINDOW_MS + 2)).toBeNull();
  });

  it('releases an unclaimed completion once, and not one a late send claimed', () => {
    const m = new SendMatcher();
    m.complete(done('r1', 1000), 1000);
    m.complete(done('r2', 9000), 9000);
    expect(m.expect(send('a', 9000), 9000)).toBe(true); // claims r2
    expect(m.release('r2')).toBe(false);
    expect(m.release('r1')).toBe(true);
    expect(m.release('r1')).toBe(false);
  });
});
