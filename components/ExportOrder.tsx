import { useEffect, useState } from 'react';
import { loadBundle } from '../lib/export/collect';
import { buildPackage, composeLetters, type Letters, type OrderPackage } from '../lib/export/package';
import { buildReportHtml } from '../lib/export/report';
import { unzipFiles } from '../lib/export/zip';
import { MANIFEST_PATH } from '../lib/export/manifest';
import { evidencePath } from '../lib/export/names';
import { formatBeijing, formatMoney } from '../lib/i18n/status';
import { lang, t } from '../lib/i18n/t';
import type { ChatMessage, OrderRow } from '../lib/model/order';
import { listOrders } from '../lib/store/orders';
import { copyCaseToDownloads } from '../lib/service/export';
import { saveBytes } from './ExportDownload';

/** Open the package's report in a new tab, screenshots as blob URLs; print it (Ctrl+P) for a PDF. */
function openReport(pkg: OrderPackage, chat: readonly ChatMessage[]): void {
  const files = unzipFiles(pkg.zip);
  const urls = new Map<string, string>();
  for (const e of pkg.manifest.evidence) {
    const bytes = files[e.path];
    if (bytes && e.mime.startsWith('image/'))
      urls.set(e.path, URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: e.mime })));
  }
  const { manifestSha256: _s, ...manifest } = pkg.manifest;
  // The same builder as the packaged report.html; only the image sources differ (blob URLs, not package paths).
  const html = buildReportHtml({
    manifest: { ...manifest, documents: [] },
    chat,
    letters: pkg.letters,
    imageSrc: (p) => urls.get(p) ?? p,
    textOf: (p) => (files[p] && p !== MANIFEST_PATH ? new TextDecoder().decode(files[p]) : undefined),
  });
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  window.open(url, '_blank');
}

export function ExportOrder({ initialKey }: { initialKey: string | null }) {
  const [orders, setOrders] = useState<OrderRow[]>([]);
  const [key, setKey] = useState<string>(initialKey ?? '');
  // The letters belong to one order: switching orders shows none until the new ones are composed.
  const [draft, setDraft] = useState<{ key: string; letters: Letters } | null>(null);
  const letters = draft?.key === key ? draft.letters : null;
  const edit = (part: keyof Letters, text: string) =>
    setDraft((d) => (d && d.key === key ? { key, letters: { ...d.letters, [part]: text } } : d));
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void listOrders(200).then((rows) => {
      setOrders(rows);
      setKey((k) => k || rows[0]?.key || '');
    });
  }, []);

  useEffect(() => {
    if (!key) return;
    let live = true;
    loadBundle(key)
      .then((b) => {
        if (live)
          setDraft({
            key,
            letters: composeLetters(
              b,
              {},
              b.data.evidence.map((e) => evidencePath(e, b.data.evidence.length)),
            ),
          });
      })
      .catch((e: unknown) => live && setStatus(t('export_read_failed', (e as Error).message)));
    return () => {
      live = false;
    };
  }, [key]);

  async function build(): Promise<{ pkg: OrderPackage; chat: ChatMessage[] }> {
    const bundle = await loadBundle(key);
    return { pkg: await buildPackage(bundle, { letters: letters ?? undefined }), chat: bundle.data.chat };
  }

  async function run(what: 'zip' | 'report' | 'downloads') {
    setBusy(true);
    setStatus(t('export_building'));
    try {
      if (what === 'downloads') {
        const r = await copyCaseToDownloads(key, {}, true);
        setStatus(r.copied ? t('export_saved_downloads', r.path) : r.reason);
        return;
      }
      const { pkg, chat } = await build();
      if (what === 'zip') saveBytes(pkg.zip, pkg.fileName);
      else openReport(pkg, chat);
      const missing = pkg.missing.length
        ? t('export_missing_files', pkg.missing.join(lang() === 'en' ? ', ' : '、'))
        : '';
      const count = pkg.manifest.evidence.length;
      const head = pkg.manifest.chain.head.slice(0, 16);
      setStatus(
        what === 'zip'
          ? t('export_done_zip', pkg.fileName, count, head, missing)
          : t('export_done_report', count, head, missing),
      );
    } catch (e) {
      setStatus(t('export_failed', (e as Error).message));
    } finally {
      setBusy(false);
    }
  }

  const order = orders.find((o) => o.key === key);
  return (
    <section className="panel export-section" aria-labelledby="export-order-h">
      <h2 id="export-order-h">{t('export_order_heading')}</h2>
      {orders.length === 0 ? (
        <p className="muted">{t('export_no_orders')}</p>
      ) : (
        <>
          <label className="field">
            {t('export_order')}
            <select value={key} onChange={(e) => setKey(e.target.value)} aria-label={t('export_order')}>
              {orders.map((o) => (
                <option key={o.key} value={o.key} data-page-text>
                  {o.orderNo} · {o.product ?? t('popup_unknown_product')} · {formatMoney(o.amount)} · {o.site}
                </option>
              ))}
            </select>
          </label>
          {order && (
            <p className="muted small">
              {t('export_order_meta', formatBeijing(order.firstSeenAt), order.evidenceCount)}
            </p>
          )}
          <label className="field">
            {t('export_platform_letter')}
            <textarea
              aria-label={t('export_platform_letter_name')}
              lang="zh-CN"
              rows={10}
              value={letters?.platform ?? ''}
              onChange={(e) => edit('platform', e.target.value)}
            />
          </label>
          <label className="field">
            {t('export_complaint')}
            <textarea
              aria-label={t('export_complaint_name')}
              lang="zh-CN"
              rows={16}
              value={letters?.complaint ?? ''}
              onChange={(e) => edit('complaint', e.target.value)}
            />
          </label>
          <div className="actions">
            <button type="button" disabled={busy || !letters} onClick={() => void run('zip')}>
              {t('export_zip')}
            </button>
            <button type="button" disabled={busy || !letters} onClick={() => void run('report')}>
              {t('export_report')}
            </button>
            <button type="button" disabled={busy || !key} onClick={() => void run('downloads')}>
              {t('export_downloads')}
            </button>
          </div>
        </>
      )}
      <p role="status" data-testid="export-status">
        {status}
      </p>
    </section>
  );
}
