import { useEffect, useState } from 'react';
import { createBackup, restoreBackup } from '../lib/export/backup';
import { t } from '../lib/i18n/t';
import { loadExportPrefs, saveExportPrefs } from '../lib/service/export';
import { readFile, saveBytes } from './ExportDownload';

/** Whole-database backup and restore, and the automatic copy to the Downloads folder. */
export function ExportBackup() {
  const [status, setStatus] = useState('');
  const [replace, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [autoCopy, setAutoCopy] = useState<boolean | null>(null);

  useEffect(() => void loadExportPrefs().then((p) => setAutoCopy(p.autoCopy)), []);

  async function backup() {
    setBusy(true);
    try {
      const b = await createBackup(undefined, { generatorVersion: chrome.runtime.getManifest().version });
      saveBytes(b.zip, b.fileName);
      const c = b.counts;
      const corrupt = b.corruptBlobs.length ? t('export_backup_corrupt', b.corruptBlobs.length) : '';
      setStatus(t('export_backup_done', c.orders, c.evidence, c.blobs, c.events, c.cases, corrupt));
    } catch (e) {
      setStatus(t('export_backup_failed', (e as Error).message));
    } finally {
      setBusy(false);
    }
  }

  async function restore(input: HTMLInputElement) {
    const file = await readFile(input);
    input.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const r = await restoreBackup(file.bytes, { replace });
      const c = r.counts;
      const broken = r.brokenChains.length ? t('export_restore_broken', r.brokenChains.length) : '';
      setStatus(t('export_restore_done', c.orders, c.evidence, c.blobs, c.events, c.cases, broken));
    } catch (e) {
      setStatus(t('export_restore_refused', (e as Error).message));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel export-section" aria-labelledby="export-backup-h">
      <h2 id="export-backup-h">{t('export_backup_heading')}</h2>
      <p className="muted small">{t('export_backup_intro')}</p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void backup()}>
          {t('export_backup_all')}
        </button>
      </div>
      <label className="field">
        {t('export_restore')}
        <input
          type="file"
          accept=".zip,application/zip"
          aria-label={t('export_restore_pick')}
          disabled={busy}
          onChange={(e) => void restore(e.currentTarget)}
        />
      </label>
      <label>
        <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />{' '}
        {t('export_replace')}
      </label>
      {autoCopy !== null && (
        <label>
          <input
            type="checkbox"
            checked={autoCopy}
            onChange={(e) => {
              const value = e.target.checked;
              setAutoCopy(value);
              void saveExportPrefs({ autoCopy: value });
            }}
          />{' '}
          {t('export_autocopy')}
        </label>
      )}
      <p role="status" data-testid="backup-status">
        {status}
      </p>
    </section>
  );
}
