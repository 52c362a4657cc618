/**
 * captureVisibleTab allows 2 calls per second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND). Calls go through
 * one queue spaced at least `intervalMs` apart; a quota error is retried with backoff instead of lost.
 */
export interface RateLimiterOptions {
  intervalMs?: number;
  retries?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const QUOTA = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND|quota/i;

/** 500 ms (the quota) plus a 10 ms margin for the time a call takes to reach the browser process. */
export const CAPTURE_INTERVAL_MS = 510;

export function createRateLimiter({
  intervalMs = CAPTURE_INTERVAL_MS,
  retries = 4,
  now = () => Date.now(),
  sleep = (ms) => new Promise((r) => setTimeout(r, ms)),
}: RateLimiterOptions = {}) {
  let tail: Promise<unknown> = Promise.resolve();
  let last = -Infinity;

  async function runSpaced<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const wait = last + intervalMs - now();
      if (wait > 0) await sleep(wait);
      last = now();
      try {
        return await fn();
      } catch (err) {
        if (attempt >= retries || !QUOTA.test(String(err))) throw err;
        await sleep(intervalMs * 2 ** attempt);
      }
    }
  }

  return function schedule<T>(fn: () => Promise<T>): Promise<T> {
    const result = tail.then(() => runSpaced(fn));
    tail = result.catch(() => undefined);
    return result;
  };
}
