/** Match patterns of the watched sites, for the manifest (content scripts, web-accessible dialog). */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

/** Omnicasa gives each agency its own subdomain (rules/sites/omnicasa.json `subdomainsOf`). */
export const OMNICASA_MATCHES = ['https://*.omnicasa.com/*'];

/** Google Forms, in every frame: a form is often embedded (…/viewform?embedded=true) in another site's page. */
export const FORMS_MATCHES = ['https://docs.google.com/forms/*'];

/** WordPress admin on any host (the agency's site is self-hosted): the adapter itself checks the /wp-admin/ path. */
export const WORDPRESS_MATCHES = ['*://*/wp-admin/*'];

/**
 * Every watched site: where the page hooks (MAIN world) run. Add each site's patterns here as its content script
 * comes; the hooks only ask for checks where an isolated-world relay answers (entrypoints/webmail.content/relay.ts).
 */
export const WATCHED_MATCHES = [...WEBMAIL_MATCHES, ...OMNICASA_MATCHES, ...FORMS_MATCHES];

/** Every web page: the hosts an admin adds and the network backstop (see wxt.config.ts). */
export const ALL_HOSTS = ['http://*/*', 'https://*/*'];

/**
 * Roundcube runs on whatever host the agency uses: its content script goes on every page whose URL carries
 * Roundcube's mail task (`?_task=mail…`), and the adapter checks the page itself before doing anything.
 */
export const ROUNDCUBE_GLOBS = ['*_task=mail*'];
