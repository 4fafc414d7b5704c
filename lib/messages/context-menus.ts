import type { Match } from '../detect/types';
import { claimsFromMatches, foldSelection, type SelectionState } from './selection';

/**
 * The two context-menu commands of issue #4, with every browser API passed in so the logic is
 * tested without a browser (tests/unit/messages/context-menus.test.ts); entrypoints/background.ts
 * wires it to chrome.contextMenus, chrome.scripting and chrome.sidePanel.
 *
 * - "Scan this page" (toolbar icon menu and page menu): any site. The click grants activeTab for
 *   that tab, and the background injects the very content script the marketplaces get, so no
 *   host permission beyond the marketplaces is ever asked for.
 * - "Explain this claim" (text selection): the detector runs on the selected text here in the
 *   background (no access to the page needed) and the panel shows what it recognised.
 */

export const MENU_SCAN_PAGE = 'certlens-scan-page';
export const MENU_EXPLAIN_SELECTION = 'certlens-explain-selection';

export interface MenuCreateProps {
  id: string;
  title: string;
  contexts: Array<'action' | 'page' | 'selection'>;
}

export interface MenusApi {
  removeAll(): Promise<void>;
  create(props: MenuCreateProps): unknown;
}

/**
 * Menus persist across browser restarts and are created once per install or update
 * (runtime.onInstalled). removeAll first: an update or a reload of the extension would otherwise
 * hit "Cannot create item with duplicate id".
 */
export async function installContextMenus(menus: MenusApi): Promise<void> {
  await menus.removeAll();
  menus.create({ id: MENU_SCAN_PAGE, title: 'Scan this page with CertLens', contexts: ['action', 'page'] });
  menus.create({ id: MENU_EXPLAIN_SELECTION, title: 'Explain this claim with CertLens', contexts: ['selection'] });
}

export interface MenuDeps {
  /**
   * chrome.sidePanel.open({ tabId }). Called first and synchronously in the click handler: Chrome
   * only allows it while the user gesture lasts, which ends at the first await.
   */
  openPanel(tabId: number): Promise<unknown>;
  /** Runs the content script in the tab's top frame (chrome.scripting.executeScript). */
  injectScanner(tabId: number): Promise<unknown>;
  /** lib/detect's detect(), with claimList on: the user picked this text as a claim. */
  detect(text: string): Match[];
  writeSelection(state: SelectionState): Promise<void>;
  now?(): number;
  log?(message: string, detail?: unknown): void;
}

/** The parts of chrome.contextMenus.OnClickData and chrome.tabs.Tab the handler reads. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}
export interface MenuTab {
  id?: number;
}

export function createMenuHandler(deps: MenuDeps) {
  const log = deps.log ?? ((m: string, d?: unknown) => console.warn(`[certlens] ${m}`, d ?? ''));
  const now = deps.now ?? Date.now;

  /** Settles when the work is done; never rejects (a refused panel or page is logged). */
  return function onMenuClicked(info: MenuClick, tab?: MenuTab): Promise<void> {
    const tabId = tab?.id;
    // Menus on pages that are not tabs (devtools, some extension pages) have no tab to act on.
    if (typeof tabId !== 'number' || tabId < 0) return Promise.resolve();

    /** Calls `start` now (inside the gesture) and turns a failure, thrown or rejected, into a log line. */
    const settle = (what: string, start: () => Promise<unknown>): Promise<void> => {
      let p: Promise<unknown>;
      try {
        p = start();
      } catch (error) {
        p = Promise.reject(error);
      }
      return p.then(
        () => undefined,
        (error: unknown) => log(what, error),
      );
    };

    if (info.menuItemId === MENU_SCAN_PAGE) {
      const opened = settle('could not open the side panel', () => deps.openPanel(tabId));
      // Refused on pages no extension may touch (the Web Store, chrome:// pages): logged only.
      const injected = settle('could not scan this page', () => deps.injectScanner(tabId));
      return Promise.all([opened, injected]).then(() => undefined);
    }

    if (info.menuItemId === MENU_EXPLAIN_SELECTION) {
      const opened = settle('could not open the side panel', () => deps.openPanel(tabId));
      const text = foldSelection(info.selectionText ?? '');
      let claims: SelectionState['claims'] = [];
      try {
        claims = text ? claimsFromMatches(deps.detect(text)) : [];
      } catch (error) {
        log('the detector failed on the selection', error);
      }
      // Stored even when nothing was recognised: the panel then says so, in words.
      const written = settle('could not store the selection', () =>
        deps.writeSelection({ tabId, text, claims, createdAt: now() }),
      );
      return Promise.all([opened, written]).then(() => undefined);
    }

    return Promise.resolve();
  };
}
