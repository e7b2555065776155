import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/Popup.tsx';
import { uiLocale } from '../../components/i18n.ts';
import './style.css';

document.documentElement.lang = uiLocale();
createRoot(document.getElementById('root')!).render(<Popup />);
