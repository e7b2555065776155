/**
 * One party as people think of it: who it is (domains, addresses, form ids, URL patterns), what it may receive,
 * what happens to other data, and the clause of the GDPR document that says so.
 */
import { DATA_CATEGORIES, type DataCategory } from '../../lib/detect/types.ts';
import { CATEGORY_LABELS } from '../../lib/policy/labels.ts';
import type { Locale } from '../../lib/policy/types.ts';
import type { Party, PolicyError } from '../../rules/schema.ts';
import { t } from '../i18n.ts';
import { errorsAt, type Path } from './draft.ts';
import { FieldErrors } from './FieldErrors.tsx';
import { WhoTable } from './WhoTable.tsx';

export const categoryLabel = (c: DataCategory, locale: Locale) => {
  const s = CATEGORY_LABELS[c][locale];
  return s.charAt(0).toUpperCase() + s.slice(1);
};

interface Props {
  party: Party;
  index: number;
  locale: Locale;
  errors: readonly PolicyError[];
  onChange(path: Path, value: unknown): void;
  /** The agency's own mail domains and addresses, shown with the internal party. */
  agency?: { domains: readonly unknown[]; emails: readonly unknown[] };
}

export function PartyCard({ party, index, locale, errors, onChange, agency }: Props) {
  const base: Path = ['parties', index];
  const at = (...rest: (string | number)[]) => errorsAt(errors, [...base, ...rest]);
  const count = errorsAt(errors, base).length;
  const set = (rest: (string | number)[], value: unknown) => onChange([...base, ...rest], value);
  const publicParty = party.recognise.publicationTargets.length > 0;

  const toggle = (c: DataCategory, on: boolean) =>
    set(['mayReceive'], on ? DATA_CATEGORIES.filter((x) => x === c || party.mayReceive.includes(x)) : party.mayReceive.filter((x) => x !== c));

  return (
    <section className={`card party${count ? ' has-errors' : ''}`} id={`party-${party.id}`} data-testid={`vigie-party-${party.id}`} aria-labelledby={`party-${party.id}-name`}>
      <header className="party-head">
        <div>
          <h2 id={`party-${party.id}-name`}>{party.name[locale] || party.id}</h2>
          <p className="party-meta">
            <code className="id-pill">{party.id}</code>
            {party.internal && <span className="tag tag-internal">{t('admin_internal')}</span>}
            {publicParty && <span className="tag tag-public">{t('admin_public')}</span>}
          </p>
        </div>
        {count > 0 && <span className="error-count">{t('admin_errors_count', [String(count)])}</span>}
      </header>

      <div className="party-grid">
        <div className="party-who">
          <h3>{t('admin_who')}</h3>
          {agency && (
            <>
              <p className="sub-help">{t('admin_agency_help')}</p>
              <WhoTable
                owner="agency"
                base={['agency']}
                lists={[
                  { kind: 'domains', key: 'domains', items: agency.domains },
                  { kind: 'addresses', key: 'emails', items: agency.emails },
                ]}
                errors={errors}
                onChange={onChange}
              />
              <p className="sub-help">{t('admin_internal_who_help')}</p>
            </>
          )}
          <WhoTable
            owner={party.id}
            base={[...base, 'recognise']}
            lists={[
              { kind: 'domains', key: 'domains', items: party.recognise.domains },
              { kind: 'addresses', key: 'addresses', items: party.recognise.addresses },
              { kind: 'formIds', key: 'formIds', items: party.recognise.formIds },
              { kind: 'urlPatterns', key: 'urlPatterns', items: party.recognise.urlPatterns },
              ...(publicParty ? [{ kind: 'publicationTargets' as const, key: 'publicationTargets', items: party.recognise.publicationTargets }] : []),
            ]}
            errors={errors}
            onChange={onChange}
          />
        </div>

        <div className="party-what">
          <div className="what-cats">
            <h3>{t('admin_may_receive')}</h3>
            {party.internal ? (
              <p className="sub-help">{t('admin_internal_help')}</p>
            ) : (
              <>
                <div className="cat-grid" role="group" aria-label={t('admin_may_receive')}>
                  {DATA_CATEGORIES.map((c) => {
                    const on = party.mayReceive.includes(c);
                    return (
                      <label key={c} className={`cat${on ? ' on' : ''}`}>
                        <input type="checkbox" data-testid={`vigie-may-${party.id}-${c}`} checked={on} onChange={(e) => toggle(c, e.target.checked)} />
                        {categoryLabel(c, locale)}
                      </label>
                    );
                  })}
                </div>
                <FieldErrors errors={at('mayReceive')} />
              </>
            )}
          </div>
          {!party.internal && (
            <div className="what-otherwise">
              <label className="field">
                <span>{t('admin_otherwise')}</span>
                <select className="input" value={party.otherwise} onChange={(e) => set(['otherwise'], e.target.value)} data-testid={`vigie-otherwise-${party.id}`}>
                  {(['block', 'warn', 'as-unknown'] as const).map((o) => (
                    <option key={o} value={o}>{t(`admin_otherwise_${o.replace('-', '_')}`)}</option>
                  ))}
                </select>
              </label>
              <FieldErrors errors={at('otherwise')} />
            </div>
          )}
        </div>
      </div>

      <div className="clause">
        <h3>{t('admin_clause')}</h3>
        <div className="clause-grid">
          <label className="field">
            <span>{t('admin_clause_section')}</span>
            <input className="input" value={party.clause.section} onChange={(e) => set(['clause', 'section'], e.target.value)} />
            <FieldErrors errors={at('clause', 'section')} />
          </label>
          <label className="field">
            <span>{t('admin_clause_quote')}</span>
            <textarea className="input quote" rows={2} value={party.clause.quote} onChange={(e) => set(['clause', 'quote'], e.target.value)} />
            <FieldErrors errors={at('clause', 'quote')} />
          </label>
        </div>
      </div>

      <details className="names">
        <summary>{t('admin_names')}</summary>
        <div className="names-grid">
          {(['fr', 'nl', 'en'] as const).map((l) => (
            <label key={l} className="field">
              <span>{l.toUpperCase()}</span>
              <input className="input" value={party.name[l]} onChange={(e) => set(['name', l], e.target.value)} />
              <FieldErrors errors={at('name', l)} />
            </label>
          ))}
        </div>
      </details>
    </section>
  );
}
