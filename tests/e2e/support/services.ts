/**
 * Browser tests against the real local services (scripts/services/up.sh, docs/services.md): they need them
 * running and say so plainly when they are not, rather than pass or skip.
 */
import { servicesUp } from '../../../scripts/services/services.ts';

export async function requireServices(): Promise<void> {
  if (await servicesUp()) return;
  throw new Error(
    'The local WordPress/Roundcube services are not running: run `bash scripts/services/up.sh` (as root; see docs/services.md), then run this test again.',
  );
}
