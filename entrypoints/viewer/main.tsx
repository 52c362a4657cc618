import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '../../lib/i18n/t';
import { EvidenceViewer } from '../../components/EvidenceViewer';
import '../popup/style.css';
import './viewer.css';

const id = Number(new URLSearchParams(location.search).get('id'));

localizeDocument('popup_viewer_title');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EvidenceViewer id={id} />
  </StrictMode>,
);
