import { defineConfig } from 'wxt';
import { MARKETPLACE_MATCHES } from './lib/sites/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'CertLens',
    description:
      'Explains the certification claims on B2B supplier pages and helps you verify them. Everything stays in your browser.',
    // Least privilege: marketplace hosts only; any other page is scanned on request through activeTab.
    host_permissions: [...MARKETPLACE_MATCHES],
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'notifications'],
    action: { default_title: 'CertLens' },
    // Keyboard shortcut (issue #6): runs the toolbar action, which opens the side panel.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+C' }, description: 'Open the CertLens side panel' },
    },
  },
});
