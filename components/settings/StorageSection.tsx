import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { t } from '../../lib/i18n/t';
import { storageCounts } from '../../lib/settings/cleanup-data';
import { formatBytes } from '../../entrypoints/popup/use-storage';
import { CleanupPanel } from './CleanupPanel';

/** Space used (the browser's estimate) and what is stored; re-estimated after each clean-up. */
export function StorageSection() {
  const counts = useLiveQuery(() => storageCounts(), []);
  const [estimate, setEstimate] = useState<StorageEstimate | null>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    void (navigator.storage?.estimate() ?? Promise.resolve(null)).then(setEstimate, () => setEstimate(null));
  }, [round]);
  const bytes = (n: number | undefined) => (n === undefined ? t('settings_storage_unknown') : formatBytes(n));

  return (
    <section className="panel settings-section" id="storage" aria-labelledby="storage-h">
      <h2 id="storage-h">{t('settings_storage_h')}</h2>
      <dl className="usage" aria-busy={estimate === undefined || counts === undefined}>
        <div>
          <dt>{t('settings_storage_used')}</dt>
          <dd data-testid="usage-bytes">{estimate === undefined ? '…' : bytes(estimate?.usage)}</dd>
        </div>
        <div>
          <dt>{t('settings_storage_quota')}</dt>
          <dd>{estimate === undefined ? '…' : bytes(estimate?.quota)}</dd>
        </div>
        <div>
          <dt>{t('settings_storage_orders')}</dt>
          <dd data-testid="usage-orders">{counts?.orders ?? '…'}</dd>
        </div>
        <div>
          <dt>{t('settings_storage_evidence')}</dt>
          <dd data-testid="usage-evidence">{counts?.evidence ?? '…'}</dd>
        </div>
      </dl>
      <CleanupPanel onCleaned={() => setRound((n) => n + 1)} />
    </section>
  );
}
