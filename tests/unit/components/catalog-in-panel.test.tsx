import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimDetails } from '../../../components/claim-details';
import { CATALOG } from '../../../lib/claims/catalog';

afterEach(cleanup);

/**
 * Issue #3: the side panel shows every field of every catalog entry, sources as links. Runs over
 * the real catalog, so a new field or entry that the panel drops fails here.
 */
describe.skipIf(CATALOG.length === 0)('every catalog entry in the claim details', () => {
  it.each(CATALOG.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    const { container } = render(
      <ClaimDetails entry={entry} claim={{ id: entry.id, text: entry.name, evidence: 'supplier', flags: [] }} id="d" />,
    );
    const details = within(container).getByTestId('claim-details');
    const text = details.textContent ?? '';
    for (const field of [entry.certifies, entry.doesNotCertify, entry.owner, entry.issuer, entry.validity, entry.askFor, entry.howToVerify]) {
      expect(text).toContain(field);
    }
    if (entry.ratingScale) expect(text).toContain(entry.ratingScale);
    for (const alias of entry.aliases) expect(text).toContain(alias);
    for (const v of entry.obsoleteVersions) expect(text).toContain(v.version);
    for (const r of entry.redFlags) expect(text).toContain(r.why);
    const hrefs = within(details)
      .queryAllByRole('link')
      .map((a) => a.getAttribute('href'));
    for (const r of entry.registries) expect(hrefs).toContain(r.url);
    for (const s of entry.sources) expect(hrefs).toContain(s.url);
  });
});
