import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { getBlobs, listEvidence } from '../lib/store/evidence';
import type { ChainVerdict } from '../lib/evidence/chain';
import { verifyOrder } from '../lib/evidence/verify-order';
import { describeVerdict, kindLabel, shortHash } from '../lib/i18n/evidence';
import { formatBeijing } from '../lib/i18n/status';
import { t } from '../lib/i18n/t';
import type { EvidenceRow } from '../lib/model/evidence';

const SHOWN = 8;

function Thumb({ row, url }: { row: EvidenceRow; url: string | undefined }) {
  if (!row.mime.startsWith('image/'))
    return (
      <span className="thumb thumb-text">
        {row.meta.unchanged ? t('popup_thumb_unchanged') : t('popup_thumb_text')}
      </span>
    );
  return url ? (
    <img className="thumb" src={url} alt={t('popup_thumb_alt', kindLabel(row.kind))} />
  ) : (
    <span className="thumb" />
  );
}

/**
 * Object URLs of the shown screenshots, read in one transaction once the page is idle: the list, the order and its
 * verdict come first; the pictures fill in a moment later.
 */
function useThumbs(rows: readonly EvidenceRow[]): ReadonlyMap<string, string> {
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());
  const shas = rows.filter((r) => r.mime.startsWith('image/')).map((r) => `${r.sha256}|${r.mime}`);
  const wanted = shas.join(',');
  useEffect(() => {
    if (!wanted) return;
    const made: string[] = [];
    let live = true;
    const handle = requestIdleCallback(
      () => {
        const pairs = wanted.split(',').map((p) => p.split('|') as [string, string]);
        void getBlobs(pairs.map(([sha]) => sha)).then((blobs) => {
          if (!live) return;
          const next = new Map<string, string>();
          blobs.forEach((bytes, i) => {
            const [sha, mime] = pairs[i]!;
            if (!bytes) return;
            const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
            made.push(url);
            next.set(sha, url);
          });
          setUrls(next);
        });
      },
      { timeout: 200 },
    );
    return () => {
      live = false;
      cancelIdleCallback(handle);
      for (const url of made) URL.revokeObjectURL(url);
    };
  }, [wanted]);
  return urls;
}

/** The order's evidence, newest first: kind, time, short hash; a click opens the full-size viewer. */
export function EvidenceGallery({ orderKey }: { orderKey: string }) {
  const rows = useLiveQuery(() => listEvidence(orderKey), [orderKey]);
  const [verdict, setVerdict] = useState<ChainVerdict | 'running'>();
  const newest = useMemo(() => (rows ?? []).slice(-SHOWN).reverse(), [rows]);
  const thumbs = useThumbs(newest);
  if (!rows?.length) return null;
  const open = (id: number | undefined) =>
    id !== undefined && void browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?id=${id}`) });
  const verify = async () => {
    setVerdict('running');
    setVerdict(await verifyOrder(orderKey));
  };
  return (
    <div className="gallery">
      <ul className="evidence-list" aria-label={t('popup_evidence')}>
        {newest.map((row) => (
          <li key={row.id}>
            <button
              type="button"
              className="evidence-item"
              onClick={() => open(row.id)}
              title={`SHA-256 ${row.sha256}`}
            >
              <Thumb row={row} url={thumbs.get(row.sha256)} />
              <span className="evidence-meta">
                <span className="evidence-kind">
                  #{row.seq} {kindLabel(row.kind)}
                </span>
                <span className="muted">{formatBeijing(row.capturedAt)}</span>
                <span className="mono muted">{shortHash(row.sha256)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {rows.length > SHOWN && <p className="muted small">{t('popup_older', rows.length - SHOWN)}</p>}
      <div className="verify-row">
        <button
          type="button"
          className="secondary"
          onClick={() => void verify()}
          disabled={verdict === 'running'}
        >
          {t('popup_verify_chain')}
        </button>
        <span role="status" className={verdict && verdict !== 'running' && !verdict.ok ? 'bad' : 'muted'}>
          {verdict === 'running' ? t('popup_verifying') : verdict ? describeVerdict(verdict) : ''}
        </span>
      </div>
    </div>
  );
}
