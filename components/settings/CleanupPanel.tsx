import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { describeVerdict } from '../../lib/i18n/evidence';
import { formatBeijing } from '../../lib/i18n/status';
import { t } from '../../lib/i18n/t';
import { loadCleanupEntries } from '../../lib/settings/cleanup-data';
import { isClosedLongAgo } from '../../lib/settings/cleanup-list';
import type { CleanupReply } from '../../lib/settings/messages';
import { formatBytes } from '../../entrypoints/popup/use-storage';
import { CleanupResults } from './CleanupResults';
import { send } from './send';
import { TextField } from './TextField';

/** Pick orders (or every case closed for N days), confirm, and let the background remove their screenshots. */
export function CleanupPanel({ onCleaned }: { onCleaned: () => void }) {
  const entries = useLiveQuery(() => loadCleanupEntries(), []);
  const [days, setDays] = useState('30');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [reply, setReply] = useState<CleanupReply>();
  const [reason, setReason] = useState<'selected' | 'closed'>('selected');
  const dialog = useRef<HTMLDialogElement>(null);

  const dayCount = Number(days);
  const daysOk = Number.isInteger(dayCount) && dayCount >= 0 && dayCount <= 3650;
  const chosen = (entries ?? []).filter((e) => picked.has(e.order.key));
  const files = chosen.reduce((n, e) => n + e.files, 0);
  const size = chosen.reduce((n, e) => n + e.bytes, 0);

  const pickClosed = () => {
    const now = new Date();
    setPicked(
      new Set((entries ?? []).filter((e) => isClosedLongAgo(e, now, dayCount)).map((e) => e.order.key)),
    );
    setReason('closed');
  };
  const toggle = (key: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(key);
    else next.delete(key);
    setPicked(next);
    setReason('selected');
  };
  const run = async () => {
    dialog.current?.close();
    setBusy(true);
    const answer = await send<CleanupReply>({
      type: 'cleanup-orders',
      orderKeys: [...picked],
      reason,
      confirmed: true,
    });
    setBusy(false);
    setReply(answer);
    if (answer.ok) setPicked(new Set());
    onCleaned();
  };

  return (
    <div className="cleanup" role="group" aria-labelledby="cleanup-h">
      <h3 id="cleanup-h">{t('settings_cleanup_h')}</h3>
      <p className="section-intro">{t('settings_cleanup_intro')}</p>
      <div className="inline-form">
        <TextField
          id="cleanup-days"
          label={t('settings_cleanup_days')}
          inputMode="numeric"
          value={days}
          error={daysOk ? undefined : t('settings_promise_err_range', 0, 3650)}
          onValue={setDays}
        />
        <button
          type="button"
          className="secondary"
          disabled={!daysOk || !entries?.length}
          onClick={pickClosed}
        >
          {t('settings_cleanup_pick_closed', daysOk ? dayCount : '…')}
        </button>
      </div>
      {entries && entries.length > 0 ? (
        <fieldset className="cleanup-list">
          <legend>{t('settings_cleanup_list')}</legend>
          <ul>
            {entries.map((e) => (
              <li key={e.order.key}>
                <input
                  type="checkbox"
                  id={`cleanup-${e.order.key}`}
                  checked={picked.has(e.order.key)}
                  onChange={(ev) => toggle(e.order.key, ev.target.checked)}
                />
                <label htmlFor={`cleanup-${e.order.key}`}>
                  <span className="mono">{e.order.orderNo}</span>{' '}
                  <span className={`badge ${e.closed ? 'badge-neutral' : 'badge-info'}`}>
                    {e.closed ? t('settings_cleanup_closed') : t('settings_cleanup_open')}
                  </span>
                  <span className="cleanup-sub">
                    {t(
                      'settings_cleanup_row',
                      e.order.product ?? e.order.title,
                      e.order.site,
                      e.files,
                      formatBytes(e.bytes),
                    )}
                    {e.closedAt ? ` · ${formatBeijing(e.closedAt)}` : ''}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : (
        <p className="muted">{entries ? t('settings_cleanup_none') : t('common_loading')}</p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="danger"
          disabled={!picked.size || busy}
          onClick={() => dialog.current?.showModal()}
        >
          {busy ? t('settings_cleanup_running') : t('settings_cleanup_go')}
        </button>
      </div>
      <dialog
        ref={dialog}
        className="confirm"
        aria-labelledby="cleanup-confirm-h"
        aria-describedby="cleanup-confirm-text"
      >
        <h3 id="cleanup-confirm-h">{t('settings_cleanup_h')}</h3>
        <p id="cleanup-confirm-text">
          {t('settings_cleanup_confirm', chosen.length, files, formatBytes(size))}
        </p>
        <div className="form-actions">
          <button type="button" className="danger" autoFocus onClick={() => void run()}>
            {t('settings_cleanup_confirm_yes')}
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            {t('common_cancel')}
          </button>
        </div>
      </dialog>
      <div role="status" className="cleanup-status">
        {reply && !reply.ok && <p className="bad">{t('settings_cleanup_failed', reply.error)}</p>}
        {reply?.ok && reply.results && <CleanupResults results={reply.results} describe={describeVerdict} />}
      </div>
    </div>
  );
}
