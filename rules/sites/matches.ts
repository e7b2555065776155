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

/** Every web page: the hosts an admin adds and the network backstop (see wxt.config.ts). */
export const ALL_HOSTS = ['http://*/*', 'https://*/*'];
