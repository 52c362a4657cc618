/**
 * Read a saved page the way the extension does: `npm run -s extract -- <file.html> --url <url> [--only <adapter>] [--full]`.
 * Prints exactly one JSON object (issue #3 shape; --full adds contacts and no-refund notices). Exit 2 on unreadable input.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { adapters, analyzePage } from '../lib/platforms';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string' }, only: { type: 'string' }, full: { type: 'boolean', default: false } },
  });
} catch (err) {
  fail(
    `${(err as Error).message}\nusage: npm run -s extract -- <file.html> --url <url> [--only <adapter-id>] [--full]`,
  );
}
const { values, positionals } = parsed;
const file = positionals[0];
if (!file) fail('no input file. usage: npm run -s extract -- <file.html> --url <url> [--only <adapter-id>]');

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (err) {
  fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
}
if (html.includes('\u0000')) fail(`${file} is not a text/HTML file`);

let url: URL;
try {
  url = new URL(values.url ?? `file://${file}`);
} catch {
  fail(`--url is not a valid URL: ${values.url}`);
}

const list = values.only ? adapters.filter((a) => a.id === values.only) : adapters;
if (!list.length) fail(`unknown adapter "${values.only}"; known: ${adapters.map((a) => a.id).join(', ')}`);

const win = new Window({ url: url.href });
const doc = new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const report = analyzePage(doc, url, list);
const out = {
  platform: report.platform,
  kinds: report.kinds,
  orders: report.orders,
  chat: report.chat,
  refundForm: report.refundForm && {
    fields: report.refundForm.fields.map(({ role, name, label, options }) => ({
      role,
      name,
      label,
      options,
    })),
  },
  warnings: report.warnings,
  ...(values.full
    ? { chatOrderNo: report.chatOrderNo, contacts: report.contacts, noRefundNotices: report.noRefundNotices }
    : {}),
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
await win.happyDOM.close();
