/** Match patterns of the watched sites, for the manifest (content scripts, web-accessible dialog). */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

/**
 * Every watched site: where the page hooks (MAIN world) run. Add each site's patterns here as its content script
 * comes; the hooks only ask for checks where an isolated-world relay answers (entrypoints/webmail.content/relay.ts).
 */
export const WATCHED_MATCHES = [...WEBMAIL_MATCHES];

/** Every web page: the hosts an admin adds and the network backstop (see wxt.config.ts). */
export const ALL_HOSTS = ['http://*/*', 'https://*/*'];
