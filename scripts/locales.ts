// Writes public/_locales/{zh_CN,en}/messages.json from the catalogue (lib/i18n/catalog.ts).
// `npm run locales -- --check` exits 1 when the committed files are stale (the unit test checks the same).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localeFile } from '../lib/i18n/catalog';

const check = process.argv.includes('--check');
let stale = 0;
for (const [dir, side] of [
  ['zh_CN', 0],
  ['en', 1],
] as const) {
  const file = path.join('public/_locales', dir, 'messages.json');
  const text = JSON.stringify(localeFile(side), null, 2) + '\n';
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // written below
  }
  if (current === text) continue;
  if (check) {
    console.error(`${file} is stale: run npm run locales`);
    stale++;
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);
