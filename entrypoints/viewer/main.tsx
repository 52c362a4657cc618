import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EvidenceViewer } from '../../components/EvidenceViewer';
import '../popup/style.css';
import './viewer.css';

const id = Number(new URLSearchParams(location.search).get('id'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EvidenceViewer id={id} />
  </StrictMode>,
);
