import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { SendDialog } from '../../components/SendDialog.tsx';

/**
 * The event to show comes in the address's fragment (#e=<event id>&n=<nonce>). The content script may load this page
 * ahead, without a fragment, and give it the event later by changing only the fragment (lib/guard/dialog-host.ts):
 * until then it renders nothing.
 */
const subscribe = (changed: () => void) => {
  window.addEventListener('hashchange', changed);
  return () => window.removeEventListener('hashchange', changed);
};

function Dialog() {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  const params = new URLSearchParams(hash.slice(1));
  const eventId = params.get('e');
  return eventId ? <SendDialog key={eventId} eventId={eventId} nonce={params.get('n') ?? ''} /> : null;
}

createRoot(document.getElementById('root')!).render(<Dialog />);
