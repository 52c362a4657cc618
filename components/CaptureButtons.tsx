import type { CaptureState } from '../entrypoints/popup/use-capture';
import { t } from '../lib/i18n/t';

export function CaptureProgress({ state }: { state: CaptureState }) {
  const p = state.progress;
  return (
    <div className="capture-status">
      {state.busy && p && (
        <progress max={p.total} value={p.done} aria-label={t('popup_capture_progress')}>
          {p.done}/{p.total}
        </progress>
      )}
      <span role="status" className="muted">
        {state.message}
      </span>
    </div>
  );
}

export interface CaptureButtonsProps {
  state: CaptureState;
  onViewport: () => void;
  onFullPage: () => void;
  onArchive: () => void;
}

/** MHTML archives need chrome.pageCapture (Chrome / Edge; Firefox has none). */
const canArchive = typeof chrome !== 'undefined' && !!chrome.pageCapture;

export function CaptureButtons({ state, onViewport, onFullPage, onArchive }: CaptureButtonsProps) {
  return (
    <>
      <div className="actions">
        <button type="button" className="primary" onClick={onViewport} disabled={state.busy}>
          {t('popup_capture_now')}
        </button>
        <button type="button" className="secondary" onClick={onFullPage} disabled={state.busy}>
          {t('popup_capture_fullpage')}
        </button>
        {canArchive && (
          <button
            type="button"
            className="secondary"
            onClick={onArchive}
            disabled={state.busy}
            title={t('popup_capture_archive_hint')}
          >
            {t('popup_capture_archive')}
          </button>
        )}
      </div>
      <CaptureProgress state={state} />
    </>
  );
}
