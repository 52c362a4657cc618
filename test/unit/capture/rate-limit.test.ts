import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../lib/capture/rate-limit';

/** A virtual clock: sleep advances time instantly, so the spacing is asserted without real waiting. */
function virtualClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe('capture rate limiter', () => {
  it('spaces calls at least intervalMs apart, in order', async () => {
    const clock = virtualClock();
    const schedule = createRateLimiter({ intervalMs: 500, ...clock });
    const at: number[] = [];
    await Promise.all([1, 2, 3].map((n) => schedule(async () => at.push(clock.now()) && n)));
    expect(at).toEqual([0, 500, 1000]);
  });

  it('retries quota errors with backoff and gives up on other errors', async () => {
    const clock = virtualClock();
    const schedule = createRateLimiter({ intervalMs: 500, ...clock });
    let calls = 0;
    const value = await schedule(async () => {
      if (++calls < 3)
        throw new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.');
      return 'png';
    });
    expect(value).toBe('png');
    expect(calls).toBe(3);
    await expect(schedule(async () => Promise.reject(new Error('No tab')))).rejects.toThrow('No tab');
    expect(await schedule(async () => 'after')).toBe('after');
  });
});
