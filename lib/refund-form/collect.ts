/**
 * Content side, step 1: the refund / complaint / ticket form on the page (or, failing that, a merchant chat box)
 * → a serialisable description with opaque field ids. Native controls come from describeControls; button and
 * div tiles (acg-faka 工单类型, qs-faka 投诉类型) and ARIA custom dropdowns are added here.
 */
import type { FieldRole } from '../model/order';
import { describeControls } from '../platforms/form-fields';
import { intAttr, maxBytesIn, maxFilesIn, minCharsIn } from './hints';
import {
  captionOf,
  dropdownOptions,
  headline,
  isOn,
  nearText,
  roleFromOptions,
  tileGroups,
} from './controls';
import type { CollectedField, CollectedForm, ControlKind } from './types';

export interface Entry {
  field: CollectedField;
  /** The control; every radio / tile of a group; for a dropdown, its trigger. */
  elements: Element[];
}

export interface Collected {
  form: CollectedForm | null;
  entries: Map<string, Entry>;
}

export interface CollectOptions {
  /** Skip controls without a layout box (true in the browser; DOM-only tests have no layout). @default false */
  layout?: boolean;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const CHAT = /chat|message|reply|聊天|消息|回复|留言/i;
const DIALOG = '[role=dialog], dialog, .plaint-form, .modal, .layui-layer, .el-dialog, .t-dialog';

/** A source textarea hidden behind a rich editor (acg-faka's Markdown editor): still the field that is submitted. */
const behindEditor = (el: Element) =>
  el.tagName === 'TEXTAREA' &&
  !!el.parentElement?.querySelector('.CodeMirror, [contenteditable=true], .ql-editor');

/** An editor's own input plumbing (CodeMirror 5's hidden input textarea lives inside .CodeMirror): never a field. */
const insideEditor = (el: Element) => !!el.closest('.CodeMirror, .ql-editor');

function hidden(el: Element, layout: boolean): boolean {
  if (insideEditor(el)) return true;
  if (behindEditor(el)) return false;
  if (el.closest('[hidden], [style*="display: none"], [style*="display:none"]')) return true;
  return layout && (el as HTMLElement).getClientRects().length === 0;
}

function ancestorWithControls(el: Element): Element | null {
  let a = el.parentElement;
  for (let k = 0; a && k < 8; a = a.parentElement, k++)
    if (a.querySelectorAll('input, select, textarea, [role=radiogroup]').length >= 3) return a;
  return null;
}

function kindOf(el: Element, control: string): ControlKind {
  if (control === 'tiles') return 'tiles';
  if (el.tagName === 'SELECT') return 'select';
  if (el.tagName === 'TEXTAREA') return 'textarea';
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'file' || type === 'number' || type === 'checkbox') return type;
  return 'text';
}

function valueOf(kind: ControlKind, els: Element[]): string {
  const el = els[0] as HTMLInputElement;
  if (kind === 'file') return [...(el.files ?? [])].map((f) => f.name).join(', ');
  if (kind === 'checkbox') return el.checked ? 'checked' : '';
  if (kind === 'select') {
    const s = el as unknown as HTMLSelectElement;
    const opt = s.options[s.selectedIndex];
    const text = clean(opt?.textContent);
    return !opt || (opt.value === '' && s.selectedIndex === 0) || /^[-—=\s]*(请选择|选择)/.test(text)
      ? ''
      : text;
  }
  if (kind === 'tiles') {
    const on = els.find((t) => isOn(t));
    return on ? headline(on.closest('label') ?? on) : '';
  }
  if (kind === 'dropdown') return clean(el.getAttribute('data-value') ?? el.textContent);
  return el.value ?? '';
}

function base(id: string, el: Element, kind: ControlKind): CollectedField {
  const num = (n: string) => (el.getAttribute(n) === null ? null : Number(el.getAttribute(n)));
  const near = nearText(el);
  return {
    id,
    role: 'other',
    name: el.getAttribute('name'),
    label: null,
    kind,
    options: [],
    value: '',
    required: el.hasAttribute('required') || el.getAttribute('aria-required') === 'true',
    disabled: el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true',
    readOnly: el.hasAttribute('readonly') || el.getAttribute('aria-readonly') === 'true',
    minLength:
      intAttr(el, 'minlength') ??
      (kind === 'textarea' || kind === 'text'
        ? minCharsIn(`${el.getAttribute('placeholder') ?? ''} ${near}`)
        : null),
    maxLength: intAttr(el, 'maxlength'),
    min: Number.isFinite(num('min')) ? num('min') : null,
    max: Number.isFinite(num('max')) ? num('max') : null,
    accept: kind === 'file' ? el.getAttribute('accept') : null,
    multiple: kind === 'file' && el.hasAttribute('multiple'),
    maxFiles: kind === 'file' ? (intAttr(el, 'data-max-files') ?? maxFilesIn(near)) : null,
    maxBytes: kind === 'file' ? (intAttr(el, 'data-max-size') ?? maxBytesIn(near)) : null,
  };
}

/** Every control under `root`, in document order, with ids. */
export function describeRoot(root: Element, layout = false): Entry[] {
  const entries: Entry[] = [];
  let n = 0;
  const next = () => `f${n++}`;
  for (const { field, elements } of describeControls(root)) {
    const el = elements[0]!;
    const kind = kindOf(el, field.control);
    if (kind !== 'file' && hidden(el, layout)) continue;
    const f = base(next(), el, kind);
    entries.push({
      elements,
      field: {
        ...f,
        // Free text is a description, never a reason ("填写投诉原因…" placeholders).
        role:
          kind === 'textarea' && (field.role === 'reason' || field.role === 'other')
            ? 'description'
            : field.role,
        label: field.label ?? captionOf(el),
        options: field.options,
        value: valueOf(kind, elements).slice(0, 5000),
        required: field.required,
        minLength: f.minLength ?? field.minLength,
      },
    });
  }
  for (const { tiles, label } of tileGroups(root)) {
    if (hidden(tiles[0]!, layout)) continue;
    const options = tiles.map(headline);
    const f = base(next(), tiles[0]!, 'tiles');
    const value = valueOf('tiles', tiles);
    entries.push({
      elements: tiles,
      field: { ...f, name: null, label, options, value, role: roleFromOptions(options, 'other') },
    });
  }
  for (const trigger of root.querySelectorAll(
    '[role=combobox]:not(input, select), [aria-haspopup=listbox]',
  )) {
    if (hidden(trigger, layout)) continue;
    const options = dropdownOptions(trigger).map(headline).filter(Boolean);
    const f = base(next(), trigger, 'dropdown');
    const label =
      clean(trigger.getAttribute('aria-label')) ||
      clean(
        trigger.ownerDocument.getElementById(trigger.getAttribute('aria-labelledby') ?? '')?.textContent,
      ) ||
      null;
    const selected = dropdownOptions(trigger).find((o) => o.getAttribute('aria-selected') === 'true');
    entries.push({
      elements: [trigger],
      field: {
        ...f,
        label,
        options,
        value: selected ? headline(selected) : '',
        role: roleFromOptions(options, 'other'),
      },
    });
  }
  const pos = (e: Entry) => e.elements[0]!;
  return entries.sort((a, b) => (pos(a).compareDocumentPosition(pos(b)) & 4 ? -1 : 1));
}

function candidateRoots(doc: Document, layout: boolean): Element[] {
  const roots = new Set<Element>();
  for (const ta of doc.querySelectorAll('textarea')) {
    if (ta.hasAttribute('disabled') || ta.hasAttribute('readonly') || hidden(ta, layout)) continue;
    const r = ta.closest('form') ?? ta.closest(DIALOG) ?? ancestorWithControls(ta);
    if (r) roots.add(r);
  }
  return [...roots];
}

function scoreOf(entries: Entry[]): number {
  const has = (r: FieldRole) => entries.some((e) => e.field.role === r);
  if (!has('description') || !(has('orderNo') || has('reason') || has('title'))) return 0;
  return (['orderNo', 'reason', 'amount', 'evidence', 'title'] as const).filter(has).length;
}

const isChatRoot = (r: Element) =>
  CHAT.test(
    `${r.id} ${r.getAttribute('class') ?? ''} ${r.getAttribute('action') ?? ''} ${r.getAttribute('aria-label') ?? ''}`,
  );

/** The most refund-like form on the page; else a chat box; else nothing (retry: the page may still render). */
export function collect(doc: Document, { layout = false }: CollectOptions = {}): Collected {
  let best: { root: Element; entries: Entry[]; score: number } | undefined;
  let chat: { root: Element; entries: Entry[] } | undefined;
  for (const root of candidateRoots(doc, layout)) {
    const entries = describeRoot(root, layout);
    if (entries.some((e) => e.elements[0]?.getAttribute('type') === 'password')) continue;
    const score = scoreOf(entries);
    if (score > (best?.score ?? 0)) best = { root, entries, score };
    else if (!score && !chat && isChatRoot(root)) chat = { root, entries };
  }
  const pick = best ?? chat;
  if (!pick) return { form: null, entries: new Map() };
  const entries = best
    ? pick.entries
    : pick.entries
        .filter((e) => e.field.kind === 'textarea')
        .slice(0, 1)
        .map((e) => ({ ...e, field: { ...e.field, role: 'description' as const } }));
  return {
    form: {
      kind: best ? 'refund' : 'chat',
      url: doc.location?.href ?? '',
      title: clean(doc.title).slice(0, 500),
      fields: entries.map((e) => e.field).slice(0, 60),
    },
    entries: new Map(entries.map((e) => [e.field.id, e])),
  };
}
