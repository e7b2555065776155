/** Options: the agent says who they are (asked once at first run; the name goes into the share log). */
import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { t } from './i18n.ts';

export function Options() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [policyVersion, setPolicyVersion] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    browser.runtime.sendMessage({ type: 'ui-bg:settings-get' }).then((r: unknown) => {
      const s = r as { agent?: { name?: string; email?: string }; policyVersion?: number } | null;
      setName(s?.agent?.name ?? '');
      setEmail(s?.agent?.email ?? '');
      setPolicyVersion(s?.policyVersion ?? null);
    });
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    await browser.runtime.sendMessage({ type: 'ui-bg:settings-set', agent: { name, email } });
    setSaved(true);
  }

  return (
    <main>
      <h1>Vigie</h1>
      <p>{t('options_intro')}</p>
      <h2>{t('options_identity')}</h2>
      <form onSubmit={save}>
        <label>
          {t('options_name')}
          <input data-testid="vigie-agent-name" value={name} onChange={(e) => { setName(e.target.value); setSaved(false); }} required autoComplete="name" />
        </label>
        <label>
          {t('options_email')}
          <input data-testid="vigie-agent-email" type="email" value={email} onChange={(e) => { setEmail(e.target.value); setSaved(false); }} required autoComplete="email" />
        </label>
        <button type="submit" data-testid="vigie-agent-save">{t('options_save')}</button>
        {saved && <p className="saved" role="status">{t('options_saved')}</p>}
      </form>
      <h2>{t('options_policy')}</h2>
      <dl>
        <dt>{t('options_policy_version')}</dt>
        <dd>{policyVersion ?? '…'}</dd>
      </dl>
    </main>
  );
}
