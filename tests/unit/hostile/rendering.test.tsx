/**
 * Page text that looks like HTML or script (issue #7) stays text wherever CertLens shows it: the
 * side panel, the dashboard's table and compare view, the hover card. "No element is created from
 * it" is checked by looking for the elements the payloads would make (img, script, svg, iframe,
 * b, a[href^=javascript]) and for any on* attribute, and by reading the payload back as text.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../../components/dashboard/dashboard';
import { CertLensDb, putSightings } from '../../../lib/db';
import { saveNote } from '../../../lib/db/notes';
import { Highlighter } from '../../../lib/highlight/highlighter';
import { HoverCard } from '../../../lib/highlight/hover-card';
import { fakeScan, installHighlightRegistry } from '../highlight/fake-scan';
import { renderPanel, supplierPageScan } from '../components/fixtures';
import { sightingRow, supplierRow } from '../io/helpers';

export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '<svg onload=alert(3)>',
  '"><iframe src=javascript:alert(4)>',
  '<b onmouseover=alert(5)>bold</b>',
  '<a href="javascript:alert(6)">click</a>',
];
const NAME = `ACME ${PAYLOADS.join(' ')} Co.`;
const CLAIM_TEXT = `ISO 9001 ${PAYLOADS[0]}`;

/** Elements or handlers a payload would have produced, anywhere under `root`. */
function injected(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('img, script, svg, iframe, b, a[href^="javascript" i]'))) found.push(el.outerHTML.slice(0, 80));
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`);
  }
  return found;
}

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

describe('side panel', () => {
  it('shows a supplier name, claim text, badges and details written as HTML as plain text', async () => {
    const base = supplierPageScan();
    const s = base.suppliers[0]!;
    const scan = supplierPageScan({
      suppliers: [
        {
          ...s,
          name: NAME,
          businessType: PAYLOADS[1],
          badges: [PAYLOADS[2]!],
          claims: s.claims.map((c) => ({ ...c, text: CLAIM_TEXT, issuer: PAYLOADS[3], certificateNumber: '<b>1</b>' })),
        },
      ],
    });
    const { db } = renderPanel(scan);
    const name = await screen.findByTestId('supplier-name');
    expect(name.textContent).toContain(NAME);
    const user = userEvent.setup();
    for (const row of screen.getAllByTestId('claim')) {
      const button = within(row).queryAllByRole('button')[0];
      if (button) await user.click(button);
    }
    await waitFor(() => expect(screen.getAllByTestId('claim-details').length).toBeGreaterThan(0));
    const panel = screen.getByTestId('panel');
    expect(panel.textContent).toContain(PAYLOADS[0]);
    expect(injected(document)).toEqual([]);
    await db.delete();
  });

  it('shows a note written as HTML as text when it is loaded back', async () => {
    const db = new CertLensDb(`certlens-hostile-note-${process.pid}`);
    await saveNote(db, 'alibaba:zhenbenchina', PAYLOADS.join('\n'));
    renderPanel(supplierPageScan(), { db });
    const box = await screen.findByTestId<HTMLTextAreaElement>('notes');
    await waitFor(() => expect(box.value).toBe(PAYLOADS.join('\n')));
    expect(injected(document)).toEqual([]);
    await db.delete();
  });
});

describe('dashboard', () => {
  it('table and compare view keep names, claim texts and notes as text', async () => {
    const db = new CertLensDb(`certlens-hostile-dash-${process.pid}`);
    await db.suppliers.bulkPut([
      supplierRow('made-in-china:evil', { name: NAME, marketplace: 'made-in-china', businessType: PAYLOADS[4], url: 'javascript:alert(7)' }),
      supplierRow('alibaba:plain', { name: 'Plain Co.' }),
    ]);
    await putSightings(db, [
      sightingRow('made-in-china:evil', 'iso-9001', { text: CLAIM_TEXT, issuer: PAYLOADS[1], flags: ['obsolete'] }),
      sightingRow('alibaba:plain', 'iso-9001'),
    ]);
    await db.notes.put({ supplierKey: 'made-in-china:evil', text: PAYLOADS.join(' '), updatedAt: 1, rev: 1 });
    const user = userEvent.setup();
    render(<Dashboard db={db} />);
    await waitFor(() => expect(screen.getAllByTestId('dash-row')).toHaveLength(2));
    expect(screen.getAllByTestId('dash-row').some((r) => r.textContent?.includes(NAME))).toBe(true);
    expect(injected(document)).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: `Select ${NAME}` }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Plain Co.' }));
    await user.click(screen.getByTestId('compare-selected'));
    const compare = await screen.findByTestId('compare');
    expect(compare.textContent).toContain(NAME);
    expect(compare.textContent).toContain(PAYLOADS.join(' '));
    expect(injected(document)).toEqual([]);
    await db.delete();
  });
});

describe('hover card', () => {
  let card: HoverCard;
  let highlighter: Highlighter;
  beforeEach(() => {
    installHighlightRegistry(window);
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 0, right: 200, top: 0, bottom: 20 }] as unknown as DOMRectList);
  });
  afterEach(() => {
    card?.destroy();
    highlighter?.destroy();
    vi.restoreAllMocks();
  });

  it('shows claim text next to HTML-looking page text, and card strings, only as text', async () => {
    // The page is the hostile one; its markup is built with DOM calls so the payload is page text.
    const p = document.createElement('p');
    p.setAttribute('data-supplier', 'made-in-china:evil');
    p.append(document.createTextNode(`${PAYLOADS.join(' ')} ISO 9001:2008 ${PAYLOADS[0]}`));
    document.body.append(p);
    highlighter = new Highlighter(document);
    highlighter.apply(fakeScan(document, location.href).hits);
    const info = { name: `ISO 9001 ${PAYLOADS[0]}`, summary: PAYLOADS[1]!, flagNotes: [`ISO 9001:2008 ${PAYLOADS[2]}`] };
    card = new HoverCard(document, highlighter, {
      get: async () => ({ 'iso-9001': info }),
      verification: async () => ({
        'made-in-china:evil': { supplierKey: 'made-in-china:evil', progress: PAYLOADS[3]!, confirmed: 1, total: 1, statuses: { 'iso-9001|': 'confirmed' } },
      }),
    });
    const text = p.firstChild!;
    const at = (text.textContent ?? '').indexOf('ISO 9001') + 3;
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({ offsetNode: text, offset: at });
    card.prefetch(['iso-9001']);
    await card.loadVerification(fakeScan(document, location.href).scan);
    await vi.waitFor(() => expect(card.check(10, 10)?.id).toBe('iso-9001'));
    const root = document.querySelector('certlens-card')!.shadowRoot!;
    await vi.waitFor(() => expect(root.textContent).toContain(PAYLOADS[1]));
    expect(root.textContent).toContain(`ISO 9001 ${PAYLOADS[0]}`);
    expect(root.textContent).toContain(PAYLOADS[3]);
    expect(injected(root)).toEqual([]);
    expect(injected(document)).toEqual([]);
  });
});
