import { createRoot } from 'react-dom/client';
import { AdminPage } from '../../components/admin/AdminPage.tsx';
import { t, uiLocale } from '../../components/i18n.ts';
import './admin.css';

document.documentElement.lang = uiLocale();
document.title = `Vigie · ${t('admin_title')}`;
createRoot(document.getElementById('root')!).render(<AdminPage />);
