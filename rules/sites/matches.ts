/** Match patterns of the watched sites, for the manifest (content scripts, web-accessible dialog). */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

/** Google Forms, in every frame: a form is often embedded (…/viewform?embedded=true) in another site's page. */
export const FORMS_MATCHES = ['https://docs.google.com/forms/*'];

/** Every web page: the hosts an admin adds and the network backstop (see wxt.config.ts). */
export const ALL_HOSTS = ['http://*/*', 'https://*/*'];
