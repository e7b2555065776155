/**
 * What an admin still has to fill in. `check` prints these as warnings (not errors): a policy with
 * placeholders is valid and safe (placeholder names are reserved and never receive real mail), but
 * the parties they stand for are not recognised until the real values are entered.
 */
import { isReservedHost } from './host.ts';
import { formatPath } from '../../rules/schema.ts';
import type { Policy } from './types.ts';

export interface PlaceholderWarning {
  path: string;
  value: string;
  message: string;
}

export function listPlaceholders(policy: Policy): PlaceholderWarning[] {
  const out: PlaceholderWarning[] = [];
  const add = (path: (string | number)[], value: string, note: string | undefined, flagged: boolean) => {
    const why = flagged ? 'placeholder still present' : 'reserved name (never receives real mail) without "placeholder": true';
    out.push({ path: formatPath(path), value, message: note ? `${why}: ${note}` : why });
  };
  const domainRules = (rules: Policy['agency']['domains'], path: (string | number)[]) =>
    rules.forEach((r, i) => {
      if (r.placeholder || isReservedHost(r.domain)) add([...path, i, 'domain'], r.domain, r.note, r.placeholder);
    });
  const addressRules = (rules: Policy['agency']['emails'], path: (string | number)[]) =>
    rules.forEach((r, i) => {
      const host = r.address.split('@').pop() ?? '';
      if (r.placeholder || isReservedHost(host)) add([...path, i, 'address'], r.address, r.note, r.placeholder);
    });

  domainRules(policy.agency.domains, ['agency', 'domains']);
  addressRules(policy.agency.emails, ['agency', 'emails']);
  for (const key of ['phones', 'vatNumbers', 'ibans'] as const) {
    if (policy.agency[key].length === 0) {
      out.push({
        path: `agency.${key}`,
        value: '[]',
        message: `empty: the agency's own ${key === 'phones' ? 'phone numbers' : key === 'ibans' ? 'IBANs' : 'VAT numbers'} will be flagged as personal data in signatures`,
      });
    }
  }
  policy.parties.forEach((party, p) => {
    const base = ['parties', p, 'recognise'];
    domainRules(party.recognise.domains, [...base, 'domains']);
    addressRules(party.recognise.addresses, [...base, 'addresses']);
    party.recognise.urlPatterns.forEach((u, i) => {
      if (u.placeholder || isReservedHost(u.host)) add([...base, 'urlPatterns', i], `${u.host}${u.pathPrefix}`, u.note, u.placeholder);
    });
    party.recognise.formIds.forEach((f, i) => {
      if (f.placeholder || /placeholder/i.test(f.id)) add([...base, 'formIds', i, 'id'], f.id, f.note, f.placeholder);
    });
  });
  return out;
}
