import type { Metrics } from './driver-protocol';

/**
 * Page side of a full-page capture: hide scrollbars, scroll step by step, hide fixed/sticky elements after the
 * first shot (so a sticky header appears once), wait for lazy images in view, and restore everything after.
 */
export function createFullPageDriver(win: Window = window) {
  const doc = win.document;
  const root = doc.documentElement;
  const saved = {
    x: win.scrollX,
    y: win.scrollY,
    overflow: root.style.overflow,
    behavior: root.style.scrollBehavior,
  };
  const hidden = new Map<HTMLElement, string>();
  // Once restored (capture over, or its worker gone), a scroll still in flight must not hide anything again.
  let restored = false;

  function measure(): Metrics {
    root.style.overflow = 'hidden';
    root.style.scrollBehavior = 'auto';
    const body = doc.body;
    const scrollHeight = Math.max(
      root.scrollHeight,
      root.offsetHeight,
      body?.scrollHeight ?? 0,
      body?.offsetHeight ?? 0,
    );
    return {
      scrollHeight,
      viewportHeight: win.innerHeight,
      viewportWidth: win.innerWidth,
      dpr: win.devicePixelRatio || 1,
      title: doc.title,
      url: win.location.href,
    };
  }

  function hideFixed() {
    if (restored) return;
    for (const el of doc.body?.querySelectorAll<HTMLElement>('*') ?? []) {
      if (hidden.has(el)) continue;
      const pos = win.getComputedStyle(el).position;
      if (pos === 'fixed' || pos === 'sticky') {
        hidden.set(el, el.style.getPropertyValue('visibility'));
        el.style.setProperty('visibility', 'hidden', 'important');
      }
    }
  }

  async function settle() {
    await new Promise<void>((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => r())));
    const pending = [...doc.images].filter((img) => !img.complete && isInView(img));
    if (pending.length)
      await Promise.race([
        Promise.all(
          pending.map((img) => new Promise((r) => img.addEventListener('load', r, { once: true }))),
        ),
        new Promise((r) => win.setTimeout(r, 400)),
      ]);
  }

  function isInView(el: Element) {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < win.innerHeight;
  }

  async function scroll(y: number, hide: boolean): Promise<{ scrollY: number }> {
    win.scrollTo(0, y);
    await settle();
    // Elements may turn fixed in the scroll handlers that just ran: hide them, then let that be painted.
    if (hide) {
      hideFixed();
      await settle();
    }
    return { scrollY: win.scrollY };
  }

  function restore() {
    restored = true;
    for (const [el, visibility] of hidden) {
      if (visibility) el.style.setProperty('visibility', visibility);
      else el.style.removeProperty('visibility');
    }
    hidden.clear();
    root.style.overflow = saved.overflow;
    root.style.scrollBehavior = saved.behavior;
    win.scrollTo(saved.x, saved.y);
  }

  return { measure, scroll, restore };
}
