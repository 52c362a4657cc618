import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '../../lib/i18n/t';
import { App } from './App';
import '../popup/style.css';
import './case.css';

// case.html?order=<order key>&q=…&platform=…&status=…&breach=yes|no&verdict=… (lib/case-page/filters.ts).
localizeDocument('case_title');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
