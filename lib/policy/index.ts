/** The policy engine's public surface: pure TypeScript, no browser API, no DOM. */
export { decide, decideOnFailure, categoryDecision, type DecideOptions, type CategoryRuling } from './decide.ts';
export { recognise, displayDestination, type Recognition } from './recognise.ts';
export { ownDataOf, nameParts, CONTACT_BLOCK_CHARS } from './data-subject.ts';
export { formatReason, buildMessage } from './messages.ts';
export { normaliseHost, hostMatches, domainRuleProblem, isReservedHost } from './host.ts';
export { parseAddress, addressMatches, addressRuleProblem } from './address.ts';
export { urlMatches, formIdFromUrl, urlPatternProblem, formIdProblem, FORM_ID } from './url-pattern.ts';
export { signRules, importSigningKey, verifyRules, generateRulesKeyPair, toBase64, fromBase64, type VerifyResult } from './signature.ts';
export { checkRulesFile, type CheckOptions, type CheckResult } from './check-file.ts';
export { listPlaceholders, type PlaceholderWarning } from './placeholders.ts';
export { ownIdentifiers } from './own.ts';
export { canonicalPhone, samePhone } from './phone.ts';
export { parseDestination, SITE_ACTIONS } from './destination-parse.ts';
export * from './types.ts';
export { parsePolicy, parseRulesText, PolicySchema, MAX_RULES_BYTES, type PolicyError } from '../../rules/schema.ts';
export { parseManagedConfig, rulesUrlProblem, ROLES, MANAGED_FIELDS, DEFAULT_POLL_MINUTES, type ManagedConfig, type ManagedParse, type Role } from './managed.ts';
export { fetchRulesFile, readCapped, sigUrlOf, MAX_SIGNATURE_BYTES, type RemoteFetch, type RemoteValidators, type FetchLike } from './remote.ts';
