import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SettingsPage } from '../../components/settings/SettingsPage';
import { localizeDocument } from '../../lib/i18n/t';
import '../popup/style.css';
import './page.css';

localizeDocument('settings_title');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SettingsPage />
  </StrictMode>,
);
