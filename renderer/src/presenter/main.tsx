import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PresenterApp } from './PresenterApp';
import './presenter.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PresenterApp />
  </StrictMode>,
);
