/**
 * Refund / complaint / ticket forms on unknown pages: a form (or dialog, or the container a script-built form
 * lives in) with a description textarea plus an order-number control and/or a reason control whose options hit
 * the reason vocabulary. Login forms, search boxes and chat reply boxes are not refund forms.
 */
import type { FormField, RefundForm } from '../../model/order';
import { describeFields, tileField } from '../form-fields';
import { REASON_WORDS } from '../vocab';
import { attr, classOf, type Page } from './scan';
import { chunkAt, descendants, isShallow, textIn } from './query';

const DIALOG = /dialog|modal|popup|layer|drawer|plaint|complain|tousu|report|workorder|ticket|refund/i;
const LOCKED = (page: Page, i: number) =>
  page.els[i]!.hasAttribute('readonly') || page.els[i]!.hasAttribute('disabled');
const COMPLAINT_WORDS = /投诉|退款|售后|工单|举报|申诉|维权|问题|异常|refund|complain|dispute|ticket/i;

/** The container a description textarea belongs to: its form, else the nearest dialog-like or control-rich box. */
function rootOf(page: Page, ta: number): number {
  let best = -1;
  for (let a = page.parent[ta]!, k = 0; a >= 0 && k < 30; a = page.parent[a]!, k++) {
    if (page.tags[a] === 'FORM') return a;
    if (best < 0 && k < 8 && (DIALOG.test(classOf(page, a)) || attr(page, a, 'role') === 'dialog')) best = a;
    if (best < 0 && k >= 2 && k < 8 && controls(page, a) >= 3) best = a;
  }
  return best;
}

function controls(page: Page, a: number): number {
  let n = 0;
  for (const j of descendants(page, a)) if (/^(INPUT|SELECT|TEXTAREA)$/.test(page.tags[j]!)) n++;
  return n;
}

const childIdx = (page: Page, j: number) =>
  [...page.els[j]!.children].map((c) => page.idx.get(c)).filter((d) => d !== undefined);
/** The first text of element `d` (a tile's headline, not its "全额退款" tag). */
function firstText(page: Page, d: number): string {
  for (
    let c = chunkAt(page, page.start[d]!);
    c < page.chunks.length && page.chunks[c]!.pos <= page.end[d]!;
    c++
  )
    if (!page.chunks[c]!.brk) return page.chunks[c]!.text;
  return '';
}

/** Reason tiles that are neither radios nor a select (`div.select_box` × N): one `tiles` field. */
function reasonTiles(page: Page, root: number): FormField | undefined {
  for (const j of descendants(page, root)) {
    const kids = childIdx(page, j).filter((d) => page.end[d]! - page.start[d]! < 10);
    if (kids.length < 3) continue;
    const opts = kids.map((d) => firstText(page, d)).filter((o) => o && o.length <= 10);
    if (opts.filter((o) => REASON_WORDS.test(o)).length < 2) continue;
    const head = kids.find((d) => !REASON_WORDS.test(firstText(page, d)));
    const label = head === undefined ? null : firstText(page, head) || null;
    return {
      ...tileField('reason', null, [], label),
      options: opts.filter((o) => o !== label).slice(0, 100),
    };
  }
  return undefined;
}

const SKIP_TYPES = /^(hidden|submit|button|reset|image)$/;

/** The controls describeFields reports, in its order (radios grouped by name), to pair fields with elements. */
function controlsOf(page: Page, root: number): number[] {
  const out: number[] = [];
  const radios = new Set<string>();
  for (const j of descendants(page, root)) {
    if (!/^(INPUT|SELECT|TEXTAREA)$/.test(page.tags[j]!)) continue;
    const type = (attr(page, j, 'type') || 'text').toLowerCase();
    if (SKIP_TYPES.test(type)) continue;
    if (type === 'radio' && radios.has(attr(page, j, 'name'))) continue;
    if (type === 'radio') radios.add(attr(page, j, 'name'));
    out.push(j);
  }
  return out;
}

/**
 * The short text printed right before a control ("订单号：", `<div class="input-group-addon">问题类型</div>`),
 * not reaching back past the previous control (`after`).
 */
function textBefore(page: Page, el: number, after: number): string | null {
  for (let c = chunkAt(page, page.start[el]!) - 1, n = 0; c >= 0 && n < 6; c--, n++) {
    const ch = page.chunks[c]!;
    if (ch.pos <= after) return null;
    if (ch.brk || ch.btn) continue;
    const t = ch.text.replace(/^[*＊\s]+|[:：\s]+$/g, '');
    if (t) return t.length <= 20 ? t : null;
  }
  return null;
}

/** describeFields, improved for unknown pages: labels from nearby text; free text is a description, not a reason. */
function refine(page: Page, root: number, fields: FormField[]): FormField[] {
  const els = controlsOf(page, root);
  if (els.length !== fields.length) return fields;
  return fields.map((f, k) => {
    const label = f.label ?? textBefore(page, els[k]!, k ? page.end[els[k - 1]!]! : page.start[root]!);
    const freeText =
      f.control === 'textarea' && !f.options.length && (f.role === 'reason' || f.role === 'other');
    return { ...f, label, role: freeText ? 'description' : f.role };
  });
}

export interface FoundForm {
  form: RefundForm;
  /** 0–1: how sure (an order control, a reason control, complaint words around). */
  score: number;
}

/** The most refund-like form on the page, if any. */
export function findRefundForm(page: Page): FoundForm | undefined {
  const roots = new Set<number>();
  for (let j = 0; j < page.els.length; j++)
    if (page.tags[j] === 'TEXTAREA' && !LOCKED(page, j)) {
      const r = rootOf(page, j);
      if (r >= 0) roots.add(r);
    }
  let best: FoundForm | undefined;
  for (const root of roots) {
    if (!isShallow(page, root)) continue;
    let fields: FormField[];
    try {
      fields = describeFields(page.els[root]!);
    } catch {
      continue; // a hostile subtree: skip rather than fail the page
    }
    if (fields.some((f) => f.control === 'input:password')) continue;
    fields = refine(page, root, fields);
    const has = (role: FormField['role']) => fields.some((f) => f.role === role);
    if (!has('reason')) {
      const tiles = reasonTiles(page, root);
      if (tiles)
        fields.splice(
          Math.max(
            0,
            fields.findIndex((f) => f.role === 'description'),
          ),
          0,
          tiles,
        );
    }
    if (!has('description') || !(has('orderNo') || has('reason'))) continue;
    const words = COMPLAINT_WORDS.test(textIn(page, root, 2000));
    const score = 0.5 + (has('orderNo') ? 0.1 : 0) + (has('reason') ? 0.1 : 0) + (words ? 0.1 : 0);
    if (!best || score > best.score) best = { form: { fields: fields.slice(0, 60) }, score };
  }
  return best;
}
