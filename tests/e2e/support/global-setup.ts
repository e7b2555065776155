/**
 * Before the browser tests: the real WordPress and Roundcube (scripts/services/up.sh) must be up. They are
 * installed and started here when they are not (as root; the first time takes a few minutes of apt-get), so
 * `npm test` is the one command that runs every test. A failure says what to run instead of skipping anything.
 */
import { ensureServicesUp } from '../../../scripts/services/services.ts';

export default async function setup(): Promise<void> {
  try {
    await ensureServicesUp();
  } catch (error) {
    throw new Error(`The local WordPress and Roundcube are needed by the browser tests and could not be started; run: sudo bash scripts/services/up.sh (${String(error)})`);
  }
}
