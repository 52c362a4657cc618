import { useEffect, useState } from 'react';
import { createBackup, restoreBackup } from '../lib/export/backup';
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
      setStatus(
        `已备份：${c.orders} 个订单、${c.evidence} 份证据、${c.blobs} 个文件、${c.events} 条时间线、${c.cases} 个维权记录${b.corruptBlobs.length ? `；注意：${b.corruptBlobs.length} 个文件与其哈希不符，这份备份将无法恢复` : ''}`,
      );
    } catch (e) {
      setStatus(`备份失败：${(e as Error).message}`);
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
      setStatus(
        `已恢复：${c.orders} 个订单、${c.evidence} 份证据、${c.blobs} 个文件、${c.events} 条时间线、${c.cases} 个维权记录${r.brokenChains.length ? `；注意：${r.brokenChains.length} 个订单的证据链在备份中就不完整` : ''}`,
      );
    } catch (e) {
      setStatus(`未恢复，现有数据没有改动：${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel export-section" aria-labelledby="export-backup-h">
      <h2 id="export-backup-h">备份与恢复</h2>
      <p className="muted small">
        证据只存在这个浏览器的扩展数据里：卸载扩展、清除浏览数据或换电脑都会让它消失。请定期备份，并把证据包保存到别处。
      </p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void backup()}>
          备份全部数据
        </button>
      </div>
      <label className="field">
        从备份恢复
        <input
          type="file"
          accept=".zip,application/zip"
          aria-label="选择备份文件"
          disabled={busy}
          onChange={(e) => void restore(e.currentTarget)}
        />
      </label>
      <label>
        <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />{' '}
        替换现有数据（恢复前清空当前数据库）
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
          进行中的订单有变化时，自动把证据包复制到“下载/CardShield/网站/订单号/”
        </label>
      )}
      <p role="status" data-testid="backup-status">
        {status}
      </p>
    </section>
  );
}
