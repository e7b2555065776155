import type { Locale } from '../policy/types.ts';

/** The policy's language for a browser UI language: Dutch and English by prefix, French otherwise (agents first). */
export function localeOf(uiLanguage: string): Locale {
  const l = uiLanguage.toLowerCase();
  if (l.startsWith('nl')) return 'nl';
  if (l.startsWith('en')) return 'en';
  return 'fr';
}
