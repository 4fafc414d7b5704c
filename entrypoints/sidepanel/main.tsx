import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanel } from '../../components/side-panel';
import { chromeTabSource } from '../../components/tab-source';
import { getDb } from '../../lib/db';
import '../../components/panel.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanel db={getDb()} tabSource={chromeTabSource(location.search)} />
  </StrictMode>,
);
