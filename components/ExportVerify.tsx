import { useState } from 'react';
import { verifyPackage, type Problem, type ProblemCode, type VerifyResult } from '../lib/export/verify';
import type { MessageKey } from '../lib/i18n/catalog';
import { lang, t } from '../lib/i18n/t';
import { readFile } from './ExportDownload';

const PROBLEM: Record<ProblemCode, MessageKey> = {
  missing: 'export_problem_missing',
  altered: 'export_problem_altered',
  'chain-broken': 'export_problem_chain_broken',
  'out-of-order': 'export_problem_out_of_order',
  unexpected: 'export_problem_unexpected',
  'manifest-edited': 'export_problem_manifest_edited',
  'manifest-invalid': 'export_problem_manifest_invalid',
  'head-mismatch': 'export_problem_head_mismatch',
};

/** The verifier writes zh-CN (it also serves `npm run verify`); other languages get the line from the code. */
function problemText(p: Problem): string {
  if (lang() === 'zh') return p.message;
  const what = t(PROBLEM[p.problem]);
  return p.seq === undefined
    ? t('export_problem_file', p.path, what)
    : t('export_problem_record', p.path, p.seq, what);
}

/** Import a package and recompute everything: names each altered, missing or added file. */
export function ExportVerify() {
  const [result, setResult] = useState<{ name: string; r: VerifyResult } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(input: HTMLInputElement) {
    const file = await readFile(input);
    input.value = '';
    if (!file) return;
    setBusy(true);
    try {
      setResult({ name: file.name, r: await verifyPackage(file.bytes) });
    } finally {
      setBusy(false);
    }
  }

  const r = result?.r;
  return (
    <section className="panel export-section" aria-labelledby="export-verify-h">
      <h2 id="export-verify-h">{t('export_verify_heading')}</h2>
      <p className="muted small">{t('export_verify_intro')}</p>
      <input
        type="file"
        accept=".zip,application/zip"
        aria-label={t('export_verify_pick')}
        disabled={busy}
        onChange={(e) => void onFile(e.currentTarget)}
      />
      {r && (
        <div data-testid="verify-result" data-status={r.status}>
          {r.status === 'unreadable' ? (
            <p className="bad">
              {t(
                'export_verify_unreadable',
                result.name,
                lang() === 'zh' ? r.message : t('export_verify_unreadable_generic'),
              )}
            </p>
          ) : r.status === 'intact' ? (
            <p className="ok">
              {t(
                'export_verify_intact',
                result.name,
                r.records,
                r.files,
                r.order ? t('export_verify_order', r.order.orderNo) : '',
              )}
            </p>
          ) : (
            <>
              <p className="bad">{t('export_verify_bad', result.name, r.problems.length)}</p>
              <ul>
                {r.problems.map((p) => (
                  <li key={`${p.path}|${p.problem}|${p.seq ?? ''}`} data-path={p.path}>
                    {problemText(p)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
