import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '../../lib/i18n/t';
import { ExportPage } from '../../components/ExportPage';
import '../popup/style.css';
import './export.css';

// export.html?order=<order key> preselects an order (the popup's link passes the current one).
const orderKey = new URLSearchParams(location.search).get('order');

localizeDocument('export_title');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ExportPage orderKey={orderKey} />
  </StrictMode>,
);
