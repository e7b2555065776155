/** Match patterns of the watched sites, for the manifest (content scripts, web-accessible dialog). */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

/** WordPress admin on any host (the agency's site is self-hosted): the adapter itself checks the /wp-admin/ path. */
export const WORDPRESS_MATCHES = ['*://*/wp-admin/*'];

/** Every web page: the hosts an admin adds and the network backstop (see wxt.config.ts). */
export const ALL_HOSTS = ['http://*/*', 'https://*/*'];
