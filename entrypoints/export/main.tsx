import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExportPage } from '../../components/ExportPage';
import '../popup/style.css';
import './export.css';

// export.html?order=<order key> preselects an order (the popup's link passes the current one).
const orderKey = new URLSearchParams(location.search).get('order');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ExportPage orderKey={orderKey} />
  </StrictMode>,
);
