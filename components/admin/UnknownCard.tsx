/** Everyone no party recognises: the decision per category of data. */
import { DATA_CATEGORIES } from '../../lib/detect/types.ts';
import type { Locale } from '../../lib/policy/types.ts';
import { SEVERITIES, type Policy } from '../../rules/schema.ts';
import { t } from '../i18n.ts';
import { decisionName } from '../popup/format.ts';
import type { Path } from './draft.ts';
import { categoryLabel } from './PartyCard.tsx';

export function UnknownCard({ unknown, locale, onChange }: { unknown: Policy['unknownRecipient']; locale: Locale; onChange(path: Path, value: unknown): void }) {
  return (
    <section className="card party" id="party-unknown" aria-labelledby="party-unknown-name">
      <header className="party-head">
        <div>
          <h2 id="party-unknown-name">{t('admin_unknown_title')}</h2>
          <p className="sub-help">{t('admin_unknown_help')}</p>
        </div>
      </header>
      <table className="who-table unknown-table">
        <tbody>
          {DATA_CATEGORIES.map((c) => (
            <tr key={c}>
              <th scope="row">{categoryLabel(c, locale)}</th>
              <td>
                <div className="severity" role="radiogroup" aria-label={categoryLabel(c, locale)}>
                  {SEVERITIES.map((s) => (
                    <label key={s} className={`sev sev-${s}${unknown[c] === s ? ' on' : ''}`}>
                      <input type="radio" name={`unknown-${c}`} value={s} checked={unknown[c] === s} onChange={() => onChange(['unknownRecipient', c], s)} />
                      {decisionName(s)}
                    </label>
                  ))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
