/**
 * The UI's translations: `browser.i18n` over public/_locales/{fr,nl,en}/messages.json (French is the default locale).
 * Keys are prefixed by where they are used (`popup_`, `log_`…). A missing key shows the key itself, so a gap is
 * visible in review rather than an empty label.
 */
import { browser } from 'wxt/browser';

export type UiLocale = 'fr' | 'nl' | 'en';

/** `t('log_total', ['1 234'])`: `$1`…`$9` in the message are replaced by the substitutions. */
export function t(key: string, subs?: string | string[]): string {
  try {
    // Keys are often built from codes (keyOf), so the generated key union cannot type them.
    return browser.i18n.getMessage(key as never, subs) || key;
  } catch {
    return key;
  }
}

/** Like t, but undefined when the key does not exist (labels for codes that may be new, e.g. a legal basis). */
export function tMaybe(key: string, subs?: string | string[]): string | undefined {
  const s = t(key, subs);
  return s === key ? undefined : s;
}

/**
 * The language of the messages the browser actually picked (each messages.json names itself in `popup_locale`),
 * so dates, numbers and data-kind labels always match the translated text. Falls back to the UI language.
 */
export function uiLocale(): UiLocale {
  let lang = tMaybe('popup_locale');
  if (!lang) {
    try {
      lang = browser.i18n.getUILanguage();
    } catch {
      lang = 'fr'; // Not available (tests): French, the agents' language.
    }
  }
  const l = lang.slice(0, 2).toLowerCase();
  return l === 'nl' || l === 'en' ? l : 'fr';
}

/** The BCP 47 tag for Intl formatting: Belgian variants for French and Dutch. */
export function intlLocale(locale: UiLocale = uiLocale()): string {
  return locale === 'en' ? 'en-GB' : `${locale}-BE`;
}

/** A message key from a code: `be-national-number` → `log_type_be_national_number`. */
export function keyOf(prefix: string, code: string): string {
  return `${prefix}_${code.replace(/[^a-zA-Z0-9]/g, '_')}`;
}

/** Why rules were refused, in the UI's language (lib/policy/check-file.ts REFUSALS); undefined for an unknown code. */
export function refusalText(code: string | undefined): string | undefined {
  return code ? tMaybe(`policy_refusal_${code.replaceAll('-', '_')}`) : undefined;
}
