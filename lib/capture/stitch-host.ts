import type { Encoded } from './encode';
import type { OffscreenRequest } from './offscreen-protocol';
import { createStitchSession, type StitchSession } from './stitch';

/** A job nobody finished (its service worker stopped mid-capture) is dropped after this long. */
const STALE_MS = 120_000;

/**
 * The images being stitched in this document (the offscreen document; on Firefox the background page),
 * by job id. `open` and `slice` only queue work and answer at once, so the capture loop never waits for
 * the stitching; `finish` answers with the encoded image.
 */
export function createStitchHost(now = () => Date.now()) {
  const jobs = new Map<string, { session: StitchSession; openedAt: number }>();

  function job(id: string) {
    const found = jobs.get(id);
    if (!found) throw new Error(`unknown stitch job ${id}`);
    return found.session;
  }

  return async function handle(req: OffscreenRequest): Promise<Encoded | undefined> {
    switch (req.type) {
      case 'open':
        for (const [id, { session, openedAt }] of jobs)
          if (now() - openedAt > STALE_MS) {
            session.dispose();
            jobs.delete(id);
          }
        jobs.set(req.jobId, { session: createStitchSession(req.header), openedAt: now() });
        return undefined;
      case 'slice':
        job(req.jobId).add(req.slice);
        return undefined;
      case 'finish':
        try {
          return await job(req.jobId).finish();
        } finally {
          jobs.delete(req.jobId);
        }
      case 'abort':
        jobs.get(req.jobId)?.session.dispose();
        jobs.delete(req.jobId);
        return undefined;
    }
  };
}

export type StitchHost = ReturnType<typeof createStitchHost>;
