import { useEffect, useState } from 'react';
import type { SelectionState } from '../lib/messages/selection';
import { ClaimRow } from './claim-row';

/** Where the panel reads "Explain this claim" results (chrome.storage.session in the extension). */
export interface SelectionSource {
  readSelection(tabId: number): Promise<SelectionState | null>;
  watchSelection(tabId: number, onChange: (state: SelectionState | null) => void): () => void;
}

/**
 * "Explain this claim" (issue #4): what the detector recognised in the text the user selected on
 * this tab, above the page's own scan. The selected text is shown as text, never as HTML.
 */
export function SelectionView({ tabId, source }: { tabId: number | null; source: SelectionSource | undefined }) {
  const [state, setState] = useState<SelectionState | null>(null);

  useEffect(() => {
    setState(null);
    if (tabId === null || !source) return;
    let closed = false;
    const unwatch = source.watchSelection(tabId, (s) => {
      if (!closed) setState(s);
    });
    source.readSelection(tabId).then(
      (s) => {
        if (!closed) setState((prev) => prev ?? s);
      },
      () => {},
    );
    return () => {
      closed = true;
      unwatch();
    };
  }, [tabId, source]);

  if (!state) return null;
  return (
    <section className="certlens-selection certlens-notice" data-testid="selection" aria-labelledby="certlens-selection-title">
      <h2 id="certlens-selection-title">Explained from your selection</h2>
      <p className="certlens-claim-quote">
        <span className="certlens-muted">You selected: </span>“{state.text}”
      </p>
      {state.claims.length === 0 ? (
        <p className="certlens-none" data-testid="selection-none">
          CertLens recognises no certification in this text.
        </p>
      ) : (
        <ul className="certlens-claims">
          {state.claims.map((c) => (
            <ClaimRow key={`${c.id}|${c.version ?? ''}`} owner="selection" claim={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
