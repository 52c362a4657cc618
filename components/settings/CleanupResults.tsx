import type { ChainVerdict } from '../../lib/evidence/chain';
import { formatBeijing } from '../../lib/i18n/status';
import { t } from '../../lib/i18n/t';
import type { CleanupResult } from '../../lib/service/cleanup';

/** What the clean-up removed, and each order's chain verified right after (removed records listed). */
export function CleanupResults({
  results,
  describe,
}: {
  results: CleanupResult[];
  describe: (v: ChainVerdict) => string;
}) {
  const files = results.reduce((n, r) => n + r.removed, 0);
  return (
    <div data-testid="cleanup-results">
      <p className="ok">{t('settings_cleanup_done', results.filter((r) => r.removed).length, files)}</p>
      <ul>
        {results.map((r) => {
          const v = r.verdict;
          const removed = v.removed ?? [];
          const text = !v.ok
            ? t('settings_cleanup_broken', r.orderNo, describe(v))
            : removed.length
              ? t(
                  'settings_cleanup_verified',
                  r.orderNo,
                  v.count,
                  removed.map((x) => x.seq).join(', '),
                  formatBeijing(removed[0]!.at),
                  removed
                    .map((x) => x.bySeq)
                    .filter((s, i, a) => a.indexOf(s) === i)
                    .join(', '),
                )
              : t('settings_cleanup_nothing', r.orderNo);
          return (
            <li key={r.orderKey} data-order={r.orderNo} data-ok={v.ok} className={v.ok ? '' : 'bad'}>
              {text}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
