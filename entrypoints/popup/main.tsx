import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '../../lib/i18n/t';
import { App } from './App';
import './style.css';

localizeDocument('extName');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
