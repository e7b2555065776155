/** decide(): the "what done looks like" cases, data-subject awareness, Cc/Bcc, context-only, modes. */
import { describe, expect, it } from 'vitest';
import { decide, decideOnFailure } from '../../../lib/policy/decide.ts';
import { formatReason } from '../../../lib/policy/messages.ts';
import type { Draft } from '../../../lib/policy/types.ts';
import { defaultPolicyJson, draft, email, finding, loadPolicy } from './helpers.ts';

const policy = loadPolicy();
const NN = finding('be-national-number', '85.07.30-033.28');

describe('what done looks like', () => {
  it('a national number to an unknown webmail address is blocked, citing the policy in fr/nl/en', () => {
    const result = decide(draft([email('jean@gmail.com')]), [NN], policy);
    expect(result.decision).toBe('block');
    expect(result.enforced).toBe('block');
    const reason = result.destinations[0]!.reasons[0]!;
    expect(reason).toMatchObject({ code: 'unknown-recipient', decision: 'block', category: 'identity', to: 'jean@gmail.com' });
    expect(formatReason(reason, 'fr')).toBe(
      "Un numéro national ne peut pas être envoyé à jean@gmail.com : ce destinataire n'est pas un partenaire autorisé par la politique RGPD.",
    );
    expect(formatReason(reason, 'nl')).toMatch(/^Een rijksregisternummer mag niet naar jean@gmail.com worden gestuurd/);
    expect(formatReason(reason, 'en')).toMatch(/^A national register number cannot be sent to jean@gmail.com/);
  });

  it('a national number to a notary is allowed, citing the Notaires clause', () => {
    const result = decide(draft([email('jean.dupont@belnot.be')]), [NN], policy);
    expect(result.decision).toBe('allow');
    const reason = result.destinations[0]!.reasons[0]!;
    expect(reason).toMatchObject({ code: 'allowed', party: 'notaries', clause: { section: 'Notaires' } });
    expect(reason.message.fr).toContain('« Notaires » : « Les informations du compromis');
    expect(reason.message.nl).toContain('„Notaires”');
    expect(reason.message.en).toContain('“Notaires”');
  });

  it('contact data to a fellow agent is allowed, citing Collaboration', () => {
    const text = 'Le vendeur, joignable au 0475 12 34 56, accepte la visite.';
    const result = decide(draft([email('agent@confrere-agence.invalid')], text), [finding('phone', '0475 12 34 56', { text })], policy);
    expect(result.decision).toBe('allow');
    expect(result.destinations[0]).toMatchObject({ party: 'fellow-agents', categories: ['contact'] });
    expect(result.destinations[0]!.reasons[0]!.clause?.section).toBe('Collaboration');
  });

  it('personal data in a public listing is blocked with the public-listing clause', () => {
    const listing: Draft = { site: 'wordpress', action: 'publish', destinations: [{ kind: 'publication', target: 'wordpress' }] };
    const result = decide(listing, [finding('phone', '+32 475 12 34 56')], policy);
    expect(result.decision).toBe('block');
    const reason = result.destinations[0]!.reasons[0]!;
    expect(reason).toMatchObject({ code: 'public', party: 'public-listing', clause: { section: 'Annnonce de vente sur internet' } });
    expect(reason.message.fr).toMatch(/ne peut pas être publié sur « wordpress »/);
  });

  it('an unrecognised publication is still public: personal data blocked', () => {
    const listing: Draft = { site: 'omnicasa', action: 'publish', destinations: [{ kind: 'publication', target: 'facebook' }] };
    const result = decide(listing, [finding('email', 'a.client@gmail.com')], policy);
    expect(result.decision).toBe('block');
    expect(result.destinations[0]!.reasons[0]).toMatchObject({ code: 'public', clause: { section: 'Annnonce de vente sur internet' } });
  });

  it('internal recipients are allowed, and the share still counts', () => {
    const result = decide(draft([email('direction@primogest.invalid')]), [NN], policy);
    expect(result.decision).toBe('allow');
    expect(result.categories).toEqual(['identity']); // logged as a share of identity data
    expect(result.destinations[0]!.reasons[0]).toMatchObject({ code: 'internal', party: 'agency' });
  });

  it('no personal data: allow, said plainly', () => {
    const result = decide(draft([email('x@gmail.com')]), [], policy);
    expect(result).toMatchObject({ decision: 'allow', categories: [] });
    expect(result.destinations[0]!.reasons[0]).toMatchObject({ code: 'no-personal-data' });
  });

  it('the result is plain JSON (it crosses extension messaging) and holds no raw value', () => {
    const result = decide(draft([email('jean@gmail.com')]), [NN], policy);
    const json = JSON.stringify(result);
    expect(JSON.parse(json)).toEqual(result);
    expect(json).not.toContain('85.07.30-033.28');
  });
});

describe('several recipients: the most restrictive wins', () => {
  it('a Bcc to an unknown address blocks the whole send, even with a notary in To', () => {
    const result = decide(draft([email('jean.dupont@belnot.be'), email('copie@gmail.com', 'bcc')]), [NN], policy);
    expect(result.destinations.map((d) => d.decision)).toEqual(['allow', 'block']);
    expect(result.decision).toBe('block');
  });

  it('a Cc to an unknown address makes a contact share a warning with justification', () => {
    const result = decide(draft([email('agent@confrere-agence.invalid'), email('ami@hotmail.com', 'cc')]), [finding('phone', '0475 12 34 56')], policy);
    expect(result).toMatchObject({ decision: 'warn', justificationRequired: true });
  });
});

describe('data-subject awareness', () => {
  it("the recipient's own email address does not count against them", () => {
    const text = 'Bonjour, votre adresse jean.dupont@gmail.com est bien enregistrée.';
    const f = finding('email', 'jean.dupont@gmail.com', { text });
    const result = decide(draft([email('Jean.Dupont@Gmail.com')], text), [f], policy);
    expect(result.decision).toBe('allow');
    expect(result.destinations[0]!.reasons[0]).toMatchObject({ code: 'data-subject' });
    // …but the same address sent to someone else is a share of contact data.
    expect(decide(draft([email('autre@gmail.com')], text), [f], policy).decision).toBe('warn');
  });

  it("a name matching the display name or the address's local part is the recipient's own", () => {
    const text = 'Cher Jean Dupont, voici le projet.';
    const name = finding('person-name', 'Jean Dupont', { text });
    const phone = finding('phone', '0475 12 34 56', { start: 500 }); // far away: someone else's
    const r1 = decide(draft([email('jean.dupont@gmail.com')], text), [name, phone], policy);
    expect(r1.destinations[0]!.reasons.some((r) => r.code === 'data-subject' && r.findingTypes?.includes('person-name'))).toBe(true);
    const r2 = decide(draft([email('jd1985@gmail.com', 'to', 'Dupont, Jean')], text), [name], policy);
    expect(r2.destinations[0]!.reasons[0]).toMatchObject({ code: 'data-subject' });
  });

  it('one shared word is not enough: Marie Dupont is not jean.dupont', () => {
    const text = 'Marie Dupont 0475 12 34 56';
    const findings = [finding('person-name', 'Marie Dupont', { text }), finding('phone', '0475 12 34 56', { text })];
    const result = decide(draft([email('jean.dupont@gmail.com')], text), findings, policy);
    expect(result.decision).toBe('warn');
    expect(result.destinations[0]!.categories).toEqual(['contact']);
  });

  it("phones and addresses in the recipient's own contact block are waived", () => {
    const text = 'Coordonnées :\nJean Dupont\nRue Haute 12, 1000 Bruxelles\n0475 12 34 56\n\nMerci.';
    const findings = [
      finding('person-name', 'Jean Dupont', { text }),
      finding('postal-address', 'Rue Haute 12, 1000 Bruxelles', { text }),
      finding('phone', '0475 12 34 56', { text }),
    ];
    const result = decide(draft([email('jean.dupont@skynet.be')], text), findings, policy);
    expect(result.decision).toBe('allow');
    expect(result.destinations[0]!.categories).toEqual([]);
  });

  it('a blank line ends the block: a number in the next paragraph counts', () => {
    const text = 'Jean Dupont\n\nLe vendeur: 0475 12 34 56';
    const findings = [finding('person-name', 'Jean Dupont', { text }), finding('phone', '0475 12 34 56', { text })];
    expect(decide(draft([email('jean.dupont@skynet.be')], text), findings, policy).decision).toBe('warn');
  });

  it("a third person's number next to the recipient's block is not waived", () => {
    const text = 'Jean Dupont (jean.dupont@skynet.be) et Marie Martin 0475 12 34 56';
    const findings = [
      finding('person-name', 'Jean Dupont', { text }),
      finding('email', 'jean.dupont@skynet.be', { text }),
      finding('person-name', 'Marie Martin', { text }),
      finding('phone', '0475 12 34 56', { text }),
    ];
    const result = decide(draft([email('jean.dupont@skynet.be')], text), findings, policy);
    expect(result.decision).toBe('warn');
    expect(result.destinations[0]!.categories).toEqual(['contact']);
  });

  it('identity numbers are never waived, even next to the recipient\'s own name', () => {
    const text = 'Jean Dupont, NN 85.07.30-033.28';
    const findings = [finding('person-name', 'Jean Dupont', { text }), finding('be-national-number', '85.07.30-033.28', { text })];
    expect(decide(draft([email('jean.dupont@gmail.com')], text), findings, policy).decision).toBe('block');
  });
});

describe('context-only types and confidence', () => {
  it('a lone person name or company VAT number does not warn, but is logged', () => {
    for (const f of [finding('person-name', 'Marie Martin'), finding('vat-number', 'BE0123.456.749')]) {
      const result = decide(draft([email('x@gmail.com')]), [f], policy);
      expect(result.decision).toBe('allow');
      expect(result.destinations[0]!.reasons[0]).toMatchObject({ code: 'context-only' });
    }
  });

  it('alongside other personal data they count', () => {
    const result = decide(draft([email('x@gmail.com')]), [finding('person-name', 'Marie Martin'), finding('iban', 'BE68539007547034')], policy);
    expect(result.decision).toBe('block');
    expect(result.categories.sort()).toEqual(['contact', 'financial']);
  });

  it('findings below minConfidence do not count', () => {
    const low = finding('be-national-number', '85.07.30-033.28', { confidence: 'low' });
    expect(decide(draft([email('x@gmail.com')]), [low], policy).decision).toBe('allow');
    expect(decide(draft([email('x@gmail.com')]), [low], policy, { minConfidence: 'low' }).decision).toBe('block');
  });
});

describe('modes', () => {
  it('audit-only computes the decision but enforces nothing', () => {
    const json = defaultPolicyJson() as any;
    json.auditOnly = true;
    const result = decide(draft([email('jean@gmail.com')]), [NN], loadPolicy(json));
    expect(result).toMatchObject({ decision: 'block', enforced: 'allow', auditOnly: true, justificationRequired: false });
  });

  it('fail mode: block rules fail closed, warn rules fail open', () => {
    const result = decideOnFailure(
      draft([email('jean.dupont@belnot.be'), email('agent@confrere-agence.invalid'), email('x@gmail.com')]),
      policy,
    );
    expect(result.destinations.map((d) => [d.to, d.decision, d.reasons[0]!.code])).toEqual([
      ['jean.dupont@belnot.be', 'allow', 'fail-open'],
      ['agent@confrere-agence.invalid', 'allow', 'fail-open'], // worst case warn → fail open, logged
      ['x@gmail.com', 'block', 'fail-closed'], // worst case block → fail closed
    ]);
    expect(result.decision).toBe('block');
  });

  it('fail mode can be inverted: warn rules fail closed (justification asked)', () => {
    const json = defaultPolicyJson() as any;
    json.failMode = { block: 'closed', warn: 'closed' };
    const result = decideOnFailure(draft([email('agent@confrere-agence.invalid')]), loadPolicy(json));
    expect(result).toMatchObject({ decision: 'warn', justificationRequired: true });
    expect(result.destinations[0]!.reasons[0]!.message.en).toMatch(/needs a justification/);
  });
});
