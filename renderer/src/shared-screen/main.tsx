import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SharedScreenApp } from './SharedScreenApp';
import './shared-screen.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SharedScreenApp />
  </StrictMode>,
);
