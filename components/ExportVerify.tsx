import { useState } from 'react';
import { verifyPackage, type VerifyResult } from '../lib/export/verify';
import { readFile } from './ExportDownload';

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
      <h2 id="export-verify-h">核验证据包</h2>
      <p className="muted small">
        选择一个卡盾证据包（ZIP）：重新计算每个文件的 SHA-256 和哈希链，指出被改动、缺失或多出的文件。
      </p>
      <input
        type="file"
        accept=".zip,application/zip"
        aria-label="选择要核验的证据包"
        disabled={busy}
        onChange={(e) => void onFile(e.currentTarget)}
      />
      {r && (
        <div data-testid="verify-result" data-status={r.status}>
          {r.status === 'unreadable' ? (
            <p className="bad">
              无法读取 {result.name}：{r.message}
            </p>
          ) : r.status === 'intact' ? (
            <p className="ok">
              ✓ {result.name}：证据包完整。{r.records} 份证据、{r.files} 个文件的哈希与清单一致
              {r.order ? `（订单 ${r.order.orderNo}）` : ''}。
            </p>
          ) : (
            <>
              <p className="bad">
                ✗ {result.name}：证据包被改动或不完整（{r.problems.length} 处）
              </p>
              <ul>
                {r.problems.map((p) => (
                  <li key={`${p.path}|${p.problem}|${p.seq ?? ''}`} data-path={p.path}>
                    {p.message}
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
