/** Data categories (what the policy talks about) of a set of findings. */
import { CATEGORY_OF, type DataCategory, type FindingType } from './types.ts';

export function categoriesOf(findings: Iterable<{ readonly type: FindingType }>): Set<DataCategory> {
  const categories = new Set<DataCategory>();
  for (const f of findings) categories.add(CATEGORY_OF[f.type]);
  return categories;
}
