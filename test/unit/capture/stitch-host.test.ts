// The offscreen document's job table: jobs are opened, fed and finished by id; abandoned ones (a worker
// stopped mid-capture) are dropped. The canvas work itself (stitch.ts) is replaced by a recorder here.
import { describe, expect, it, vi } from 'vitest';
import type { OffscreenRequest } from '../../../lib/capture/offscreen-protocol';
import { createStitchHost } from '../../../lib/capture/stitch-host';

const sessions = vi.hoisted(() => [] as { slices: unknown[]; disposed: boolean }[]);
vi.mock('../../../lib/capture/stitch', () => ({
  createStitchSession: () => {
    const s = { slices: [] as unknown[], disposed: false };
    sessions.push(s);
    return {
      add: (slice: unknown) => s.slices.push(slice),
      finish: async () => ({ slices: s.slices.length }),
      dispose: () => void (s.disposed = true),
    };
  },
}));

const header = { viewportWidth: 1280, band: null };
const slice = { dataUrl: 'data:image/png;base64,', cropTop: 0, destY: 0 };
const req = (jobId: string, r: Record<string, unknown>) =>
  ({ target: 'offscreen', jobId, ...r }) as OffscreenRequest;

describe('stitch host', () => {
  it('feeds slices to their job in order and forgets the job once finished', async () => {
    sessions.length = 0;
    const host = createStitchHost();
    await host(req('a', { type: 'open', header }));
    await host(req('b', { type: 'open', header }));
    await host(req('a', { type: 'slice', slice }));
    await host(req('a', { type: 'slice', slice: { ...slice, destY: 800 } }));
    expect(await host(req('a', { type: 'finish' }))).toEqual({ slices: 2 });
    expect(sessions[0]!.slices).toEqual([slice, { ...slice, destY: 800 }]);
    expect(sessions[1]!.slices).toEqual([]);
    await expect(host(req('a', { type: 'finish' }))).rejects.toThrow('unknown stitch job a');
    await expect(host(req('zz', { type: 'slice', slice }))).rejects.toThrow('unknown stitch job zz');
  });

  it('drops an aborted job, and at the next open any job left open for two minutes', async () => {
    sessions.length = 0;
    let t = 0;
    const host = createStitchHost(() => t);
    await host(req('a', { type: 'open', header }));
    await host(req('a', { type: 'abort' }));
    expect(sessions[0]!.disposed).toBe(true);
    await host(req('old', { type: 'open', header }));
    t = 120_001;
    await host(req('new', { type: 'open', header }));
    expect(sessions[1]!.disposed).toBe(true);
    expect(sessions[2]!.disposed).toBe(false);
    await expect(host(req('old', { type: 'finish' }))).rejects.toThrow('unknown stitch job old');
  });
});
