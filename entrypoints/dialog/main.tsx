import { createRoot } from 'react-dom/client';
import { SendDialog } from '../../components/SendDialog.tsx';

const params = new URLSearchParams(location.hash.slice(1));
createRoot(document.getElementById('root')!).render(<SendDialog eventId={params.get('e') ?? ''} nonce={params.get('n') ?? ''} />);
