/**
 * "Who": the recognisers of a party (or the agency's own domains) as a table, one row per domain, address, form id,
 * URL pattern or publication target, each validated as the admin types.
 */
import type { PolicyError } from '../../rules/schema.ts';
import { t } from '../i18n.ts';
import { emptyWho, errorsAt, type Path, type WhoKind } from './draft.ts';
import { FieldErrors } from './FieldErrors.tsx';

export interface WhoList {
  kind: WhoKind;
  /** The key under `base` (the agency's addresses are `emails`). */
  key: string;
  items: readonly unknown[];
}

interface Props {
  /** Used in test ids: `vigie-who-<owner>-<kind>-<index>`. */
  owner: string;
  base: Path;
  lists: WhoList[];
  errors: readonly PolicyError[];
  onChange(path: Path, value: unknown): void;
}

type Rule = Record<string, unknown>;

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

export function WhoTable({ owner, base, lists, errors, onChange }: Props) {
  const rows = lists.flatMap((list) => list.items.map((item, index) => ({ list, item, index })));
  return (
    <div className="who">
      {rows.length === 0 ? (
        <p className="who-empty">{t('admin_who_empty')}</p>
      ) : (
        <table className="who-table">
          <thead>
            <tr>
              <th className="col-kind">{t('admin_who_kind')}</th>
              <th>{t('admin_who_value')}</th>
              <th className="col-options">{t('admin_who_options')}</th>
              <th className="col-remove"><span className="sr-only">{t('admin_remove')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ list, item, index }) => {
              const path = [...base, list.key, index];
              const id = `vigie-who-${owner}-${list.kind}-${index}`;
              const rule = (typeof item === 'object' && item !== null ? item : {}) as Rule;
              // Editing a value replaces a placeholder: the flag goes with it.
              const set = (field: string, value: unknown) => onChange(path, { ...rule, [field]: value, ...(field !== 'includeSubdomains' && field !== 'ignorePlusTag' ? { placeholder: false } : {}) });
              const rowErrors = errorsAt(errors, path);
              const invalid = rowErrors.length > 0;
              return (
                <tr key={`${list.key}-${index}`} className={invalid ? 'has-error' : undefined}>
                  <td className="col-kind">
                    <span className={`kind-pill kind-${list.kind}`}>{t(`admin_kind_${list.kind}`)}</span>
                  </td>
                  <td>
                    {list.kind === 'publicationTargets' ? (
                      <input className="input mono" data-testid={id} value={String(item)} aria-invalid={invalid || undefined} aria-label={t(`admin_kind_${list.kind}`)} onChange={(e) => onChange(path, e.target.value)} />
                    ) : list.kind === 'urlPatterns' ? (
                      <div className="url-pair">
                        <input className="input mono" data-testid={`${id}-host`} placeholder="www.example.be" value={String(rule.host ?? '')} aria-invalid={invalid || undefined} aria-label={t('admin_url_host')} onChange={(e) => set('host', e.target.value)} />
                        <input className="input mono" data-testid={`${id}-path`} placeholder="/" value={String(rule.pathPrefix ?? '')} aria-label={t('admin_url_path')} onChange={(e) => set('pathPrefix', e.target.value)} />
                      </div>
                    ) : (
                      <input
                        className="input mono"
                        data-testid={id}
                        placeholder={t(`admin_placeholder_${list.kind}`)}
                        value={String(rule[list.kind === 'domains' ? 'domain' : list.kind === 'addresses' ? 'address' : 'id'] ?? '')}
                        aria-invalid={invalid || undefined}
                        aria-label={t(`admin_kind_${list.kind}`)}
                        onChange={(e) => set(list.kind === 'domains' ? 'domain' : list.kind === 'addresses' ? 'address' : 'id', e.target.value)}
                      />
                    )}
                    {rule.placeholder === true && <span className="placeholder-pill" title={String(rule.note ?? '')}>{t('admin_placeholder_flag')}</span>}
                    {typeof rule.note === 'string' && rule.placeholder !== true && <p className="row-note" title={rule.note}>{rule.note}</p>}
                    <FieldErrors errors={rowErrors} />
                  </td>
                  <td className="col-options">
                    {(list.kind === 'domains' || list.kind === 'urlPatterns') && (
                      <Check label={t('admin_subdomains')} checked={rule.includeSubdomains === true} onChange={(v) => set('includeSubdomains', v)} />
                    )}
                    {list.kind === 'addresses' && <Check label={t('admin_plus_tag')} checked={rule.ignorePlusTag === true} onChange={(v) => set('ignorePlusTag', v)} />}
                  </td>
                  <td className="col-remove">
                    <button type="button" className="btn-icon-sm" aria-label={t('admin_remove')} title={t('admin_remove')} onClick={() => onChange(path, undefined)}>
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="who-add">
        {lists.map((list) => (
          <button key={list.kind} type="button" className="btn btn-small btn-add" data-testid={`vigie-add-${owner}-${list.kind}`} onClick={() => onChange([...base, list.key, list.items.length], emptyWho(list.kind))}>
            + {t(`admin_kind_${list.kind}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
