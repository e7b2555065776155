import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/Popup.tsx';

createRoot(document.getElementById('root')!).render(<Popup />);
