import { getDb, recordPageScan } from '@/lib/db';
import { cardInfos } from '@/lib/messages/card-info';
import { createBackgroundRouter } from '@/lib/messages/background-router';
import { clearTabState, writeTabState } from '@/lib/messages/tab-state';

// Wiring only (issue #2): the handlers live in lib/messages/background-router.ts.
export default defineBackground(() => {
  const router = createBackgroundRouter({
    extensionId: chrome.runtime.id,
    writeTabState: (tabId, scan) => writeTabState(tabId, scan),
    clearTabState,
    async setBadge(tabId, badge) {
      try {
        await chrome.action.setBadgeText({ tabId, text: badge.text });
        await chrome.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      } catch {
        // The tab closed meanwhile: nothing to show.
      }
    },
    recordPageScan: (scan) => recordPageScan(getDb(), scan),
    cardInfos,
  });

  chrome.runtime.onMessage.addListener(router.listener);
  chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
    // Without the "tabs" permission Chrome only reveals URLs of hosts we may access, so a tab
    // loading a page whose URL we cannot see has left the marketplaces: '' clears it.
    if (change.url !== undefined || change.status === 'loading') {
      void router.onTabUrlChanged(tabId, change.url ?? tab.url ?? '');
    }
  });
  chrome.tabs.onRemoved.addListener((tabId) => void router.onTabRemoved(tabId));

  // Clicking the toolbar icon opens the side panel.
  void chrome.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
});
