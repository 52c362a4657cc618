import type { EncodeProfile } from './encode';

/** storage.session key of the last capture's timings and encoder sizes (read by `npm run bench`). */
export const CAPTURE_PROFILE_KEY = 'capture-profile';

export interface CaptureProfile {
  kind: 'viewport' | 'full-page';
  encode: EncodeProfile[];
  /**
   * Full page, Date.now() of: the start, the page measured (driver injected), each captureVisibleTab call
   * and its result, and every part encoded (bytes back in the worker).
   */
  times?: { start: number; measured: number; calls: number[]; shots: number[]; encoded: number };
}
