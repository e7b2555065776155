/** Written destinations (CLI --to, the admin page's "what if"), and the purity of lib/policy. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDestination } from '../../../lib/policy/destination-parse.ts';

const ID = '1FAIpQLSdT3xKq0examplePublishedFormId_abcdefghijkl';

describe('parseDestination', () => {
  it.each([
    ['jean@notaire.be', 'gmail', { kind: 'email', address: 'jean@notaire.be', field: 'to' }],
    ['cc:jean@notaire.be', 'gmail', { kind: 'email', address: 'jean@notaire.be', field: 'cc' }],
    ['BCC:jean@notaire.be', 'gmail', { kind: 'email', address: 'jean@notaire.be', field: 'bcc' }],
    ['Jean Dupont <jean@notaire.be>', 'gmail', { kind: 'email', address: 'jean@notaire.be', field: 'to', displayName: 'Jean Dupont' }],
    [ID, 'google-forms', { kind: 'form', formId: ID }],
    [`https://docs.google.com/forms/d/e/${ID}/viewform`, 'google-forms', { kind: 'form', formId: ID, url: `https://docs.google.com/forms/d/e/${ID}/viewform` }],
    ['public', 'wordpress', { kind: 'publication', target: 'wordpress' }],
    ['public', 'omnicasa', { kind: 'publication', target: 'portal' }],
    ['public', 'gmail', { kind: 'publication', target: 'public' }],
    ['public:shop-window', 'omnicasa', { kind: 'publication', target: 'shop-window' }],
    ['portal', 'omnicasa', { kind: 'publication', target: 'portal' }],
    ['https://www.agence.be/wp-admin/post.php', 'wordpress', { kind: 'publication', target: 'wordpress', url: 'https://www.agence.be/wp-admin/post.php' }],
    ['https://hooks.zapier.com/hooks/catch/1/2', 'zapier', { kind: 'host', host: 'hooks.zapier.com', url: 'https://hooks.zapier.com/hooks/catch/1/2' }],
    ['hooks.zapier.com', 'zapier', { kind: 'host', host: 'hooks.zapier.com' }],
    ['host:example.org', 'generic', { kind: 'host', host: 'example.org' }],
  ])('%s on %s', (raw, site, expected) => expect(parseDestination(raw, site)).toEqual(expected));

  it.each(['', 'not an address!', 'cc:nobody', 'https://exa mple.com'])('refuses %j', (raw) => {
    expect(parseDestination(raw, 'gmail')).toHaveProperty('error');
  });
});

describe('lib/policy is pure TypeScript', () => {
  const dir = fileURLToPath(new URL('../../../lib/policy/', import.meta.url));
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s imports no Node or browser API', (file) => {
    const source = readFileSync(dir + file, 'utf8');
    expect(source).not.toMatch(/from ['"](node:|fs|path|wxt|webextension|react)/);
    expect(source).not.toMatch(/\b(browser|chrome)\.[a-z]+\.|\bdocument\.[a-z]|\bwindow\.[a-z]/);
  });
});
