import { defineConfig } from 'wxt';
import { ALL_HOSTS } from './rules/sites/matches.ts';

// A fixed public key gives the unpacked Chrome build a stable id (see README, "Extension ids").
// Its private half is not needed for anything and is not kept: the store/enterprise CRX is signed separately.
const CHROME_PUBLIC_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAp6dZxuNnzJOrksRj4Jv3j1nZjuE1b4e6LR46JDzZm69e6VyBwwvro21iKs/0TuIx9vEqp31evDh3WcpFeZKpNqcRlOcDvz7uNW6Wpyxr+02L4nUFwJdEBlQHqtyFXwotdKRiJ4Hxd7+FnnBlgZjEy0hfLFh0GbgLTtknQEocv8SSUy4O2ieAyxdnsdBwlXFaepKP4ukqHk7Zc17vxsQVRKK0FU44tBD5DaV2r3CgPLaxqVjKA8hejg5jyuBnZh9QO09rc5E7RMNSRXg773fvRVtes+zXqc+g4/lX+NRp/QxgI4LBHuf3oZs/ulv0BR9cq2bSzI+3LWVB46aShpqv/wIDAQAB';

export default defineConfig({
  modules: [],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Vigie',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vigie@primogest.be',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          key: CHROME_PUBLIC_KEY,
          // Enterprise policy (docs/deployment.md): the settings an admin may set, read with storage.managed.
          // Firefox needs no schema: policies.json `3rdparty.Extensions` feeds storage.managed directly.
          storage: { managed_schema: 'managed_schema.json' },
        }),
    // scripting: content scripts on hosts the admin adds (policy `sites.<id>.hosts`); webRequest: the "sent" fact and
    // the network backstop; declarativeNetRequest: hard blocks (a Google Form the policy blocks). All hosts, because
    // Roundcube and WordPress run on whatever host the agency uses and the backstop must see where a watched page
    // sends data; content scripts still run only on watched sites (README, "Permissions").
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'webRequest', 'declarativeNetRequestWithHostAccess'],
    host_permissions: ALL_HOSTS,
    // The send dialog is an extension page shown in an iframe on the watched sites (which may be any host).
    web_accessible_resources: [{ resources: ['dialog.html'], matches: ALL_HOSTS }],
  }),
});
