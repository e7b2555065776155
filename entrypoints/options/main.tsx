import { createRoot } from 'react-dom/client';
import { Options } from '../../components/Options.tsx';

createRoot(document.getElementById('root')!).render(<Options />);
