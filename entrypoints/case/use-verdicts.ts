import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { lightRecords } from '../../lib/case-page/queries';
import { lightVerdict, verdictSignature } from '../../lib/case-page/verdict';
import type { Verdict } from '../../lib/eligibility/rule-table';
import type { OrderRow } from '../../lib/model/order';
import type { Settings } from '../../lib/settings';

/** Work per slice before yielding to the page (typing in the search box stays smooth). */
const SLICE_MS = 25;

interface Pass {
  records?: object;
  settings?: Settings;
  verdicts: ReadonlyMap<string, Verdict>;
}

/**
 * Every order's refund verdict for the list and its filter, computed in slices after the list has rendered and
 * cached per order (only orders whose records changed are assessed again).
 */
export function useVerdicts(
  orders: readonly OrderRow[] | undefined,
  settings: Settings | undefined,
): { verdicts: ReadonlyMap<string, Verdict>; pending: boolean } {
  const records = useLiveQuery(async () => (orders ? lightRecords(orders) : undefined), [orders]);
  const cache = useRef({ settings, map: new Map<string, { sig: string; verdict: Verdict }>() });
  // The last finished pass, and the inputs it was for: pending while they differ from the current ones.
  const [done, setDone] = useState<Pass>({ verdicts: new Map() });

  useEffect(() => {
    if (!orders || !records || !settings) return;
    if (cache.current.settings !== settings) cache.current = { settings, map: new Map() };
    const map = cache.current.map;
    const now = new Date();
    let i = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      const until = performance.now() + SLICE_MS;
      while (i < orders.length && performance.now() < until) {
        const o = orders[i++]!;
        const r = records.get(o.key);
        if (!r) continue;
        const sig = verdictSignature(o, r);
        if (map.get(o.key)?.sig !== sig) map.set(o.key, { sig, verdict: lightVerdict(o, r, settings, now) });
      }
      if (i < orders.length) {
        timer = setTimeout(run, 0);
        return;
      }
      const out = new Map<string, Verdict>();
      for (const o of orders) {
        const v = map.get(o.key);
        if (v) out.set(o.key, v.verdict);
      }
      setDone({ records, settings, verdicts: out });
    };
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }, [orders, records, settings]);

  const pending = !records || done.records !== records || done.settings !== settings;
  return { verdicts: done.verdicts, pending };
}
