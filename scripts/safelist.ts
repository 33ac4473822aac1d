import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest } from '../gateway/safelist';
import { ROOT } from '../lib/paths';

/**
 * npm run safelist [-- <folder> <manifest>]: one manifest entry per .graphql file of the folder
 * (default safelist/operations → safelist/manifest.json). Clients send the entry's id as the
 * persisted-query hash, or its body verbatim.
 */
const folder = process.argv[2] ?? join(ROOT, 'safelist', 'operations');
const output = process.argv[3] ?? join(ROOT, 'safelist', 'manifest.json');

try {
  const manifest = buildManifest(folder);
  writeFileSync(output, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${manifest.operations.length} operations written to ${output}`);
} catch (error) {
  console.error(`safelist: ${(error as Error).message}`);
  process.exit(1);
}
