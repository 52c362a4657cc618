/**
 * Reading controls that are not plain inputs: tile headlines and on-states, ARIA dropdowns, the caption printed
 * before a control, and reason-tile groups (acg-faka 工单类型, qs-faka 投诉类型). Used by collect and apply.
 */
import type { FieldRole } from '../model/order';
import { REASON_WORDS } from '../platforms/vocab';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The first non-empty text inside `el` (a tile's headline, not its "全额退款" tag or sub-caption). */
export function headline(el: Element): string {
  const strong = el.querySelector('strong, b');
  if (strong && clean(strong.textContent)) return clean(strong.textContent).slice(0, 100);
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = clean(n.textContent);
    // Icon fonts spell their glyph names ("handyman"): not the tile's words.
    if (t && !n.parentElement?.closest('[class*=icon]')) return t.slice(0, 100);
  }
  return '';
}

export function isOn(t: Element): boolean {
  if (t instanceof HTMLInputElement) return t.checked;
  return (
    t.getAttribute('aria-checked') === 'true' ||
    t.getAttribute('aria-pressed') === 'true' ||
    t.getAttribute('aria-selected') === 'true' ||
    /(^|\s)(is-active|active|select|selected|checked|on)(\s|$)/.test(t.getAttribute('class') ?? '')
  );
}

export const nearText = (el: Element) =>
  clean(
    el.closest('.form-row, .form-group, .form-item, .uc-field, .item, .layui-form-item, td, div')
      ?.textContent,
  ).slice(0, 400);

/** The short text printed right before a control ("*订单号：", `.input-group-addon`), when no label says. */
export function captionOf(el: Element): string | null {
  let text = '';
  for (let n = el.previousSibling; n && text.length < 30; n = n.previousSibling) {
    if (n.nodeType === 1 && (n as Element).matches('input, select, textarea, br')) break;
    text = `${n.textContent ?? ''}${text}`;
  }
  text =
    clean(text) ||
    clean(el.closest('.input-group')?.querySelector('.input-group-addon')?.textContent) ||
    clean(el.parentElement?.previousElementSibling?.textContent);
  const t = text.replace(/^[*＊\s]+|[:：\s]+$/g, '');
  return t && t.length <= 20 ? t : null;
}

export function roleFromOptions(options: string[], fallback: FieldRole): FieldRole {
  return options.filter((o) => REASON_WORDS.test(o)).length >= 2 ? 'reason' : fallback;
}

/** Button / div tile groups that are not radios: `[role=radiogroup]` children, or ≥3 same-class reason boxes. */
export function tileGroups(root: Element): { tiles: Element[]; label: string | null }[] {
  const out: { tiles: Element[]; label: string | null }[] = [];
  for (const g of root.querySelectorAll('[role=radiogroup]')) {
    if (g.querySelector('input')) continue;
    const tiles = [...g.querySelectorAll('[role=radio], button')];
    if (tiles.length >= 2) out.push({ tiles, label: clean(g.getAttribute('aria-label')) || null });
  }
  for (const box of root.querySelectorAll('div, ul')) {
    if (box.matches('[role=radiogroup]') || box.querySelector('input, select, textarea')) continue;
    const kids = [...box.children];
    const cls = new Map<string, Element[]>();
    for (const k of kids) {
      const c = k.classList[0];
      if (c) cls.set(c, [...(cls.get(c) ?? []), k]);
    }
    const tiles = [...cls.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    const heads = tiles.map(headline);
    if (tiles.length < 3 || heads.some((h) => !h || h.length > 12)) continue;
    if (heads.filter((h) => REASON_WORDS.test(h)).length < 2) continue;
    const rest = kids.find((k) => !tiles.includes(k));
    out.push({ tiles, label: rest ? headline(rest) || null : null });
  }
  return out;
}

/** ARIA custom dropdowns: a trigger (`[role=combobox]`, `[aria-haspopup=listbox]`) and its `[role=option]`s. */
export function dropdownOptions(trigger: Element): Element[] {
  const doc = trigger.ownerDocument;
  const ref = trigger.getAttribute('aria-controls') ?? trigger.getAttribute('aria-owns');
  const list =
    (ref ? doc.getElementById(ref) : null) ??
    trigger.querySelector('[role=listbox]') ??
    trigger.parentElement?.querySelector('[role=listbox]');
  return list ? [...list.querySelectorAll('[role=option]')] : [];
}
