import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Dashboard } from '../../components/dashboard/dashboard';
import { getDb } from '../../lib/db';
import '../../components/panel.css';
import '../../components/dashboard/dashboard.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Dashboard db={getDb()} />
  </StrictMode>,
);
