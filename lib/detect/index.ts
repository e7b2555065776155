/**
 * Vigie's personal-data detection engine. Pure TypeScript: no browser or extension API, no DOM;
 * the same code runs in content scripts, the background, the CLI and Node tests.
 */
export { classifyAttachment } from './attachments.ts';
export { categoriesOf } from './categories.ts';
export { createHasher, generateHashKey, type Hasher } from './hash.ts';
export { mask } from './mask.ts';
export { scanRange } from './range.ts';
export { scan } from './scan.ts';
export { valueOf } from './value.ts';
export * from './types.ts';
