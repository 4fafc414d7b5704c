import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '../../components/verify/options-page';
import { getDb } from '../../lib/db';
import '../../components/panel.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsPage db={getDb()} />
  </StrictMode>,
);
