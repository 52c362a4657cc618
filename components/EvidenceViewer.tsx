import { useEffect, useState } from 'react';
import { db } from '../lib/db';
import { getBlob } from '../lib/store/evidence';
import { sha256Hex } from '../lib/evidence/hash';
import { kindLabel } from '../lib/i18n/evidence';
import { formatBeijing } from '../lib/i18n/status';
import { t } from '../lib/i18n/t';
import { EvidenceRow } from '../lib/model/evidence';
import { ShieldLogo } from './ShieldLogo';

type Loaded = { row: EvidenceRow; url?: string; text?: string; intact: boolean } | { error: string };

async function load(id: number): Promise<Loaded> {
  const raw = Number.isInteger(id) ? await db.evidence.get(id) : undefined;
  if (!raw) return { error: t('popup_viewer_not_found') };
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
  if (!state) return <p className="viewer">{t('popup_viewer_loading')}</p>;
  if ('error' in state) return <p className="viewer bad">{state.error}</p>;
  const { row } = state;
  return (
    <main className="viewer">
      <h1>
        <ShieldLogo /> {t('popup_viewer_heading', kindLabel(row.kind), row.seq)}
      </h1>
      <p className={state.intact ? 'ok' : 'bad'} role="status">
        {state.intact ? t('popup_viewer_intact') : t('popup_viewer_broken')}
      </p>
      <dl className="facts panel">
        <div>
          <dt>{t('popup_viewer_time')}</dt>
          <dd>{formatBeijing(row.capturedAt)}</dd>
        </div>
        <div>
          <dt>{t('popup_viewer_page')}</dt>
          <dd className="mono" data-page-text>
            {row.url}
          </dd>
        </div>
        <div>
          <dt>{t('popup_viewer_page_title')}</dt>
          <dd data-page-text>{row.title}</dd>
        </div>
        <div>
          <dt>SHA-256</dt>
          <dd className="mono">{row.sha256}</dd>
        </div>
        <div>
          <dt>{t('popup_viewer_chain')}</dt>
          <dd className="mono">{row.chainHash}</dd>
        </div>
        <div>
          <dt>{t('popup_viewer_prev')}</dt>
          <dd className="mono">{row.prevChainHash}</dd>
        </div>
      </dl>
      {state.url && (
        <img
          className="viewer-image"
          src={state.url}
          alt={t('popup_viewer_alt', kindLabel(row.kind), row.title)}
          data-page-text
        />
      )}
      {state.text !== undefined && <pre data-page-text>{state.text}</pre>}
    </main>
  );
}
