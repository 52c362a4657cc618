import { describe, expect, it } from 'vitest';
import { MAX_WEBP_SIDE, planFullPage, quotaFloorMs } from '../../../lib/capture/stitch-plan';

describe('planFullPage', () => {
  it('covers a 10-viewport page with 10 non-overlapping slices, the last one clamped', () => {
    const parts = planFullPage({ scrollHeight: 7250, viewportHeight: 720, viewportWidth: 1280, dpr: 1 });
    expect(parts).toHaveLength(1);
    const slices = parts[0]!.slices;
    expect(slices).toHaveLength(11);
    expect(slices[0]).toEqual({ scrollY: 0, cropTop: 0, height: 720, destY: 0 });
    // The browser cannot scroll past 7250 - 720 = 6530: the last shot's bottom 50 rows are the new ones.
    expect(slices.at(-1)).toEqual({ scrollY: 6530, cropTop: 670, height: 50, destY: 7200 });
    const covered = slices.reduce((n, s) => n + s.height, 0);
    expect(covered).toBe(7250);
  });

  it('splits pages taller than the WebP limit into parts, in device pixels', () => {
    const parts = planFullPage({ scrollHeight: 20_000, viewportHeight: 800, viewportWidth: 1280, dpr: 2 });
    expect(parts.length).toBe(3);
    for (const p of parts) expect(p.height * 2).toBeLessThanOrEqual(MAX_WEBP_SIDE);
    expect(parts.reduce((n, p) => n + p.height, 0)).toBe(20_000);
    expect(parts[1]!.slices[0]).toMatchObject({ destY: 0, scrollY: parts[1]!.top });
  });

  it('handles a page shorter than the viewport as one shot', () => {
    const parts = planFullPage({ scrollHeight: 300, viewportHeight: 720, viewportWidth: 1280, dpr: 1 });
    expect(parts).toEqual([
      { top: 0, height: 720, slices: [{ scrollY: 0, cropTop: 0, height: 720, destY: 0 }] },
    ]);
  });

  it('states the quota floor', () => {
    const parts = planFullPage({ scrollHeight: 7200, viewportHeight: 720, viewportWidth: 1280, dpr: 1 });
    expect(quotaFloorMs(parts)).toBe(4500);
  });
});
