import type { CaptureState } from '../entrypoints/popup/use-capture';

export function CaptureProgress({ state }: { state: CaptureState }) {
  const p = state.progress;
  return (
    <div className="capture-status">
      {state.busy && p && (
        <progress max={p.total} value={p.done} aria-label="整页截图进度">
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

export function CaptureButtons({ state, onViewport, onFullPage, onArchive }: CaptureButtonsProps) {
  return (
    <>
      <div className="actions">
        <button type="button" className="primary" onClick={onViewport} disabled={state.busy}>
          立即取证
        </button>
        <button type="button" className="secondary" onClick={onFullPage} disabled={state.busy}>
          整页取证
        </button>
        <button
          type="button"
          className="secondary"
          onClick={onArchive}
          disabled={state.busy}
          title="保存网页的完整副本（MHTML），可离线打开"
        >
          网页存档
        </button>
      </div>
      <CaptureProgress state={state} />
    </>
  );
}
