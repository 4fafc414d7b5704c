import { getDb, recordPageScan } from '@/lib/db';
import { detect } from '@/lib/detect';
import { listVerifications } from '@/lib/db/verifications';
import { cardInfos, cardVerifications } from '@/lib/messages/card-info';
import { isoDay } from '@/lib/verify/dates';
import { createBackgroundRouter } from '@/lib/messages/background-router';
import { createMenuHandler, installContextMenus } from '@/lib/messages/context-menus';
import { clearSelection, writeSelection } from '@/lib/messages/selection';
import { clearTabState, writeTabState } from '@/lib/messages/tab-state';
import { handleExpiryAlarm, scheduleExpiryReminders } from '@/lib/verify/reminders';

// Wiring only (issue #2): the handlers live in lib/messages/background-router.ts and
// lib/messages/context-menus.ts.
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
    // Verification progress for the hover card and list markers (statuses and counts only).
    verification: (suppliers) => cardVerifications(suppliers, (key) => listVerifications(getDb(), key), isoDay(Date.now())),
  });

  chrome.runtime.onMessage.addListener(router.listener);
  chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
    // Without the "tabs" permission Chrome only reveals URLs of hosts we may access, so a tab
    // loading a page whose URL we cannot see has left the marketplaces: '' clears it.
    if (change.url !== undefined || change.status === 'loading') {
      void router.onTabUrlChanged(tabId, change.url ?? tab.url ?? '');
    }
    // An explained selection belongs to the document it was made on.
    if (change.status === 'loading') void clearSelection(tabId).catch(() => {});
  });
  chrome.tabs.onRemoved.addListener((tabId) => {
    void router.onTabRemoved(tabId);
    void clearSelection(tabId).catch(() => {});
  });

  // Clicking the toolbar icon opens the side panel.
  void chrome.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  // "Scan this page" and "Explain this claim" (issue #4). Menus persist, so they are created on
  // install and update only.
  chrome.runtime.onInstalled.addListener(() => {
    void installContextMenus(chrome.contextMenus as never).catch((e) => console.warn('[certlens] menus', e));
  });
  // The file WXT built for the marketplaces' content script: the same scanner runs on request.
  // (Not the small document_start one that only adopts the highlight styles.)
  const scripts = chrome.runtime.getManifest().content_scripts ?? [];
  const scannerFiles = (scripts.find((cs) => cs.js?.some((f) => f.endsWith('/certlens.js'))) ?? scripts[0])?.js ?? [];
  const onMenuClicked = createMenuHandler({
    openPanel: (tabId) => chrome.sidePanel.open({ tabId }),
    injectScanner: (tabId) => chrome.scripting.executeScript({ target: { tabId }, files: scannerFiles }),
    detect: (text) => detect(text, { claimList: true, now: new Date() }),
    writeSelection: (state) => writeSelection(state),
  });
  chrome.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  // The e2e tests reach the same handler the menus use (Playwright cannot click browser menus).
  (globalThis as { certlensMenuClicked?: typeof onMenuClicked }).certlensMenuClicked = onMenuClicked;

  // Expiry reminders (issue #5): the listener is registered on every wake; each worker start
  // re-creates the periodic alarm if Chrome dropped it and checks once now.
  chrome.alarms.onAlarm.addListener((alarm) => void handleExpiryAlarm(alarm, getDb()));
  void scheduleExpiryReminders(getDb());
});
