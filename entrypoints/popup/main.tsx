import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '../../lib/db';
import { localizeDocument } from '../../lib/i18n/t';
import { App } from './App';
import './style.css';

localizeDocument('extName');
// Open IndexedDB now, while React renders and the tab's state is read: the first query then finds it open.
// A failure is not lost: every query rejects with it and the popup shows it.
db.open().catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
