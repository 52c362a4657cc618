import { useEffect, useState } from 'react';
import { db } from '../lib/db';
import { getBlob } from '../lib/store/evidence';
import { sha256Hex } from '../lib/evidence/hash';
import { KIND_LABEL } from '../lib/i18n/evidence';
import { formatBeijing } from '../lib/i18n/status';
import { EvidenceRow } from '../lib/model/evidence';
import { ShieldLogo } from './ShieldLogo';

type Loaded = { row: EvidenceRow; url?: string; text?: string; intact: boolean } | { error: string };

async function load(id: number): Promise<Loaded> {
  const raw = Number.isInteger(id) ? await db.evidence.get(id) : undefined;
  if (!raw) return { error: '找不到这份证据' };
  const row = EvidenceRow.parse(raw);
  const bytes = await getBlob(row.sha256);
  if (!bytes) return { row, intact: false };
  const intact = (await sha256Hex(bytes)) === row.sha256;
  if (row.mime.startsWith('image/'))
    return {
      row,
      intact,
      url: URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: row.mime })),
    };
  return { row, intact, text: new TextDecoder().decode(bytes) };
}

/** One evidence record at full size, with the facts a stranger needs to check it. Page text stays text. */
export function EvidenceViewer({ id }: { id: number }) {
  const [state, setState] = useState<Loaded>();
  useEffect(() => void load(id).then(setState), [id]);
  if (!state) return <p className="viewer">正在读取…</p>;
  if ('error' in state) return <p className="viewer bad">{state.error}</p>;
  const { row } = state;
  return (
    <main className="viewer">
      <h1>
        <ShieldLogo /> {KIND_LABEL[row.kind]} · 第 {row.seq} 份证据
      </h1>
      <p className={state.intact ? 'ok' : 'bad'} role="status">
        {state.intact ? '✓ 文件内容与记录的 SHA-256 一致' : '✗ 文件内容与记录的 SHA-256 不一致或文件丢失'}
      </p>
      <dl className="facts panel">
        <div>
          <dt>截取时间（北京时间）</dt>
          <dd>{formatBeijing(row.capturedAt)}</dd>
        </div>
        <div>
          <dt>页面</dt>
          <dd className="mono">{row.url}</dd>
        </div>
        <div>
          <dt>标题</dt>
          <dd>{row.title}</dd>
        </div>
        <div>
          <dt>SHA-256</dt>
          <dd className="mono">{row.sha256}</dd>
        </div>
        <div>
          <dt>链哈希</dt>
          <dd className="mono">{row.chainHash}</dd>
        </div>
        <div>
          <dt>上一条链哈希</dt>
          <dd className="mono">{row.prevChainHash}</dd>
        </div>
      </dl>
      {state.url && (
        <img className="viewer-image" src={state.url} alt={`${KIND_LABEL[row.kind]}：${row.title}`} />
      )}
      {state.text !== undefined && <pre>{state.text}</pre>}
    </main>
  );
}
