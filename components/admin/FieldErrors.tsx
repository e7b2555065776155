/** The schema's messages for one field, shown right under it (rules/schema.ts wording, as the CLI prints them). */
import type { PolicyError } from '../../rules/schema.ts';

export function FieldErrors({ errors }: { errors: readonly PolicyError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="field-errors" role="alert">
      {errors.map((e, i) => (
        <li key={i} className="field-error" data-testid="vigie-field-error" data-path={e.path}>
          {e.message}
        </li>
      ))}
    </ul>
  );
}
