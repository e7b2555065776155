/** SMS recipients (Omnicasa): phone destinations are judged like unknown recipients, save the agency's own numbers. */
import { describe, expect, it } from 'vitest';
import { decide, decideOnFailure } from '../../../lib/policy/decide.ts';
import { parseDestination } from '../../../lib/policy/destination-parse.ts';
import { canonicalPhone, samePhone } from '../../../lib/policy/phone.ts';
import { displayDestination, recognise } from '../../../lib/policy/recognise.ts';
import type { Destination, Draft } from '../../../lib/policy/types.ts';
import { defaultPolicyJson, finding, loadPolicy } from './helpers.ts';

const policy = loadPolicy();
const sms = (number: string): Destination => ({ kind: 'phone', number });
const draftTo = (d: Destination, text?: string): Draft => ({ site: 'omnicasa', action: 'send-sms', destinations: [d], ...(text ? { text } : {}) });

describe('canonicalPhone', () => {
  it.each([
    ['0476 12 34 56', '+32476123456'],
    ['+32 476 12 34 56', '+32476123456'],
    ['0032 476/12.34.56', '+32476123456'],
    ['+33 6 12 34 56 78', '+33612345678'],
  ])('%s → %s', (raw, want) => expect(canonicalPhone(raw)).toBe(want));

  it('keeps the digits of numbers it cannot place, and refuses what is no number', () => {
    expect(canonicalPhone('+1 415 555 0100')).toBe('+14155550100');
    expect(canonicalPhone('12')).toBeNull();
    expect(canonicalPhone('dubois')).toBeNull();
    expect(samePhone('0476 12 34 56', '+32476123456')).toBe(true);
    expect(samePhone('0476 12 34 56', '0476 12 34 57')).toBe(false);
    expect(samePhone('x', 'x')).toBe(false);
  });
});

describe('decide on an SMS recipient', () => {
  it('shows the number as "SMS <number>" and says "par SMS" in the reason', () => {
    const d = sms('+32476123456');
    expect(displayDestination(d)).toBe('SMS +32476123456');
    const result = decide(draftTo(d), [finding('be-national-number', '85.07.30-033.28')], policy);
    expect(result.decision).toBe('block');
    const reason = result.destinations[0]!.reasons[0]!;
    expect(reason).toMatchObject({ code: 'unknown-recipient', to: 'SMS +32476123456' });
    expect(reason.message.fr).toMatch(/^Un numéro national ne peut pas être envoyé par SMS au \+32476123456/);
    expect(reason.message.nl).toContain('per sms naar +32476123456');
    expect(reason.message.en).toContain('by SMS to +32476123456');
  });

  it('is an unknown recipient: contact data warns, property data passes', () => {
    const text = 'Votre visite est confirmée. Le propriétaire : 0475 98 76 54.';
    expect(decide(draftTo(sms('+32476123456'), text), [finding('phone', '+32475987654', { start: 46 })], policy).decision).toBe('warn');
    expect(decide(draftTo(sms('+32476123456')), [], policy).decision).toBe('allow');
  });

  it("waives the recipient's own number, not someone else's", () => {
    const own = finding('phone', '+32476123456');
    const other = finding('phone', '+32475987654', { start: 40 });
    const result = decide(draftTo(sms('+32476123456')), [own], policy);
    expect(result.decision).toBe('allow');
    expect(result.destinations[0]!.reasons[0]!.code).toBe('data-subject');
    expect(decide(draftTo(sms('+32476123456')), [own, other], policy).decision).toBe('warn');
  });

  it("is internal for the agency's own numbers (agency.phones), in any written form", () => {
    const json = defaultPolicyJson();
    json.agency.phones = ['+32 2 345 67 89'];
    const withPhones = loadPolicy(json);
    expect(recognise(sms('+3223456789'), withPhones)?.party.id).toBe('agency');
    expect(recognise(sms('+3223456789'), policy)).toBeUndefined();
    expect(decide(draftTo(sms('+3223456789')), [finding('be-national-number', '85.07.30-033.28')], withPhones).decision).toBe('allow');
  });

  it('fails closed for an unknown number when detection failed', () => {
    expect(decideOnFailure(draftTo(sms('+32476123456')), policy).decision).toBe('block');
  });

  it('parses sms:<number> as a destination (CLI simulate, the admin page)', () => {
    expect(parseDestination('sms:0476 12 34 56', 'omnicasa')).toEqual({ kind: 'phone', number: '+32476123456' });
    expect(parseDestination('sms:abc', 'omnicasa')).toHaveProperty('error');
  });
});
