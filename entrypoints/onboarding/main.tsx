import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OnboardingPage } from './App';
import { localizeDocument } from '../../lib/i18n/t';
import '../popup/style.css';
import '../options/page.css';
import './onboarding.css';

localizeDocument('onboarding_title');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OnboardingPage />
  </StrictMode>,
);
