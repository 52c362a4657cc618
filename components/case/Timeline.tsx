import { browser } from 'wxt/browser';
import type { TimelineEntry } from '../../lib/case-page/timeline';
import { formatBeijing } from '../../lib/i18n/status';
import { t } from '../../lib/i18n/t';
import { lineText } from './line';

const openEvidence = (id: number) =>
  void browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?id=${id}`) });

/** The order's timeline, oldest first; expected times (deadline ahead, refund arrival) are marked as such. */
export function Timeline({ entries, labelledBy }: { entries: readonly TimelineEntry[]; labelledBy: string }) {
  if (!entries.length) return <p className="muted">{t('case_tl_empty')}</p>;
  return (
    <ol className="timeline" aria-labelledby={labelledBy}>
      {entries.map((e) => (
        <li key={e.id} className={`tl tl-${e.tone}${e.expected ? ' tl-expected' : ''}`} data-kind={e.kind}>
          <span className="tl-dot" aria-hidden="true" />
          <div className="tl-body">
            <p className="tl-title">
              <strong>{lineText(e.title)}</strong>
              {e.expected && <span className="chip chip-neutral">{t('case_tl_expected')}</span>}
            </p>
            <p className="tl-time muted">
              <time dateTime={e.at}>{formatBeijing(e.at)}</time>
            </p>
            {e.details.map((d, i) => (
              <p key={i} className="tl-detail">
                {lineText(d)}
              </p>
            ))}
            {e.evidenceId !== undefined && (
              <button type="button" className="link" onClick={() => openEvidence(e.evidenceId!)}>
                {t('case_tl_view_evidence')}
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
