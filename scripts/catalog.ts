/**
 * `npm run catalog`: prints the whole claim catalog as JSON on stdout, for tools outside the
 * project and the README's claim table (issue #3). The catalog is validated first: an invalid
 * catalog prints its errors on stderr and exits 1, so no tool ever reads half-valid data.
 */
import { CATALOG, validateCatalog } from '../lib/claims/catalog';

function duplicateIds(): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const entry of CATALOG) {
    if (seen.has(entry.id)) dupes.add(entry.id);
    seen.add(entry.id);
  }
  return [...dupes];
}

let valid = true;
try {
  validateCatalog();
  // The schema checks each entry alone; a tool keying on id would silently lose a duplicate.
  const dupes = duplicateIds();
  if (dupes.length > 0) {
    throw new Error(`Catalog is invalid:\n${dupes.map((id) => `${id}: more than one entry has this id`).join('\n')}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  valid = false;
}

// `npm run catalog | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// exitCode rather than exit(): let stderr drain when it is a pipe.
if (valid) process.stdout.write(`${JSON.stringify(CATALOG, null, 2)}\n`);
else process.exitCode = 1;
