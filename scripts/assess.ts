/**
 * For rule reviewers: `npm run -s assess -- <case.json>` (or `-` for stdin) prints
 * `{ "verdict", "rules": [fired ids], "missingEvidence": [E-codes], "nextStep": "<zh-CN step name>" }`.
 * nextStep is one of 核实情况 / 联系商家 / 提交退款申请 / 申请平台介入 / 退款处理 / 确认到账 / 已完成.
 * `--full` prints the whole Assessment instead. Bad input: a message on stderr and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AssessInput, assess } from '../lib/eligibility';

const USAGE = 'usage: npm run -s assess -- <case.json | -> [--full]';

function fail(message: string): never {
  process.stderr.write(`assess: ${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { full: { type: 'boolean', default: false } } });
} catch (err) {
  fail(`${(err as Error).message}\n${USAGE}`);
}
const file = args.positionals[0];
if (!file) fail(`no input file\n${USAGE}`);

let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (err) {
  fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
}

let json: unknown;
try {
  json = JSON.parse(text);
} catch (err) {
  fail(`${file} is not valid JSON: ${(err as Error).message}`);
}

const parsed = AssessInput.safeParse(json);
if (!parsed.success) fail(`invalid case in ${file}:\n${z.prettifyError(parsed.error)}`);

const a = assess(parsed.data);
const out = args.values.full
  ? a
  : {
      verdict: a.verdict,
      rules: a.rules.filter((r) => r.fired).map((r) => r.id),
      missingEvidence: a.missingEvidence.map((e) => e.code),
      nextStep: a.nextStep.nameZh,
    };
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
