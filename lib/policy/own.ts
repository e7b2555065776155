/** The agency's own identifiers, handed to the scanner so that signatures are not flagged. */
import type { OwnIdentifiers } from '../detect/types.ts';
import type { Policy } from './types.ts';

export function ownIdentifiers(policy: Policy): OwnIdentifiers {
  const internal = policy.parties.find((p) => p.internal);
  return {
    domains: [...policy.agency.domains, ...(internal?.recognise.domains ?? [])].map((d) => d.domain),
    emails: [...policy.agency.emails, ...(internal?.recognise.addresses ?? [])].map((a) => a.address),
    phones: policy.agency.phones,
    vatNumbers: policy.agency.vatNumbers,
    ibans: policy.agency.ibans,
  };
}
