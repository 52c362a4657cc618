/**
 * `npm run -s verify -- <package.zip>`: check a CardShield evidence package from Node, with the same code as
 * the extension's export page (lib/export/verify.ts). Re-hashes every file, re-walks the hash chain and the
 * manifest's digest, and names each altered, missing or unexpected file.
 * Exit 0 = intact, 1 = altered or incomplete, 2 = unreadable input (no file, not a ZIP, not a package).
 * `--json` prints the result object instead of text.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeResult, verifyPackage } from '../lib/export/verify';

const USAGE = 'usage: npm run -s verify -- <package.zip> [--json]';

function fail(message: string): never {
  process.stderr.write(`verify: ${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
} catch (err) {
  fail(`${(err as Error).message}\n${USAGE}`);
}
const file = args.positionals[0];
if (!file) fail(`no package given\n${USAGE}`);

let bytes: Uint8Array;
try {
  bytes = new Uint8Array(readFileSync(file));
} catch (err) {
  fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
}

const result = await verifyPackage(bytes);
process.stdout.write(`${args.values.json ? JSON.stringify(result, null, 2) : describeResult(result)}\n`);
process.exit(result.status === 'intact' ? 0 : result.status === 'tampered' ? 1 : 2);
