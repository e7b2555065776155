import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export function Popup() {
  const [status, setStatus] = useState<string>('…');
  useEffect(() => {
    browser.runtime
      .sendMessage({ type: 'ui-bg:ping' })
      .then((r: unknown) => setStatus((r as { ok?: boolean })?.ok ? browser.i18n.getMessage('popupActive') : '!'))
      .catch(() => setStatus('!'));
  }, []);
  return (
    <main>
      <h1>Vigie</h1>
      <p data-testid="vigie-status">{status}</p>
    </main>
  );
}
