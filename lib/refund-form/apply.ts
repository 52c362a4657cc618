/**
 * Content side, step 3: put the planned values into the page like a person would, so React / Vue state follows
 * (capture-facts §1.5): native prototype setters plus bubbling input / change, clicks on tiles and on custom
 * options, DataTransfer for file inputs. Disabled, read-only and already-equal fields are left alone. Never
 * submits: no submit(), no click on anything but the chosen tile / option.
 */
import type { Entry } from './collect';
import { dropdownOptions, headline, isOn } from './controls';
import type { ApplyResult, FieldOutcome, LeftItem, PlannedFile, PlannedValue } from './types';
import { t } from '../i18n/t';

const OUTLINE = '2px solid #16a34a';
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function nativeSet(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

function fire(el: Element, data?: string) {
  const win = el.ownerDocument.defaultView!;
  el.dispatchEvent(new win.Event('focus'));
  el.dispatchEvent(
    data === undefined
      ? new win.Event('input', { bubbles: true })
      : new win.InputEvent('input', { bubbles: true, data, inputType: 'insertText' }),
  );
  el.dispatchEvent(new win.Event('change', { bubbles: true }));
  el.dispatchEvent(new win.Event('blur'));
}

function mark(el: Element) {
  const target =
    (el as HTMLElement).getClientRects?.().length === 0 && el.parentElement ? el.parentElement : el;
  (target as HTMLElement).style?.setProperty('outline', OUTLINE);
  (target as HTMLElement).style?.setProperty('outline-offset', '2px');
  target.setAttribute('data-cardshield-filled', '');
}

const locked = (el: Element) =>
  el.hasAttribute('disabled') || el.hasAttribute('readonly') || el.getAttribute('aria-disabled') === 'true';

function sameText(kind: string, a: string, b: string): boolean {
  if (kind === 'number' && a !== '' && b !== '') return Number(a) === Number(b);
  return a === b;
}

async function applyOne(entry: Entry, value: string): Promise<FieldOutcome> {
  const { field, elements } = entry;
  const el = elements[0]!;
  if (field.kind !== 'tiles' && locked(el)) return 'locked';
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'number': {
      const input = el as HTMLInputElement;
      if (sameText(field.kind, input.value, value)) return 'equal';
      nativeSet(input, value);
      fire(input, value);
      mark(input);
      return sameText(field.kind, input.value, value) ? 'filled' : 'failed';
    }
    case 'select': {
      const sel = el as HTMLSelectElement;
      const opt = [...sel.options].find((o) => clean(o.textContent) === value);
      if (!opt) return 'failed';
      if (sel.selectedIndex === opt.index) return 'equal';
      nativeSet(sel, opt.value);
      if (sel.selectedIndex !== opt.index) sel.selectedIndex = opt.index;
      fire(sel);
      mark(sel);
      return sel.selectedIndex === opt.index ? 'filled' : 'failed';
    }
    case 'tiles': {
      const tile = elements.find((t) => headline(t.closest('label') ?? t) === value);
      if (!tile || locked(tile)) return tile ? 'locked' : 'failed';
      if (isOn(tile)) return 'equal';
      (tile as HTMLElement).click();
      mark(tile instanceof HTMLInputElement ? (tile.closest('label') ?? tile) : tile);
      return 'filled';
    }
    case 'dropdown': {
      if (clean(el.textContent).includes(value) && !clean(el.textContent).includes('请选择')) return 'equal';
      (el as HTMLElement).click();
      for (let i = 0; i < 20; i++) {
        const opt = dropdownOptions(el).find((o) => headline(o) === value);
        if (opt) {
          (opt as HTMLElement).click();
          mark(el);
          return 'filled';
        }
        await pause(50);
      }
      return 'failed';
    }
    default:
      return 'failed';
  }
}

function attach(entry: Entry, files: File[]): FieldOutcome {
  const input = entry.elements[0] as HTMLInputElement;
  if (locked(input)) return 'locked';
  const chosen = input.multiple ? files : files.slice(0, 1);
  const now = [...(input.files ?? [])].map((f) => `${f.name}:${f.size}`).join('|');
  if (now && now === chosen.map((f) => `${f.name}:${f.size}`).join('|')) return 'equal';
  const dt = new input.ownerDocument.defaultView!.DataTransfer();
  for (const f of chosen) dt.items.add(f);
  input.files = dt.files;
  fire(input);
  mark(input);
  return input.files?.length === chosen.length ? 'filled' : 'failed';
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

export async function apply(
  entries: Map<string, Entry>,
  values: readonly PlannedValue[],
  planned: readonly PlannedFile[],
  store: ReadonlyMap<string, File>,
): Promise<ApplyResult> {
  const outcomes: Record<string, FieldOutcome> = {};
  const filled: ApplyResult['filled'] = [];
  const left: LeftItem[] = [];
  const report = (entry: Entry | undefined, id: string, out: FieldOutcome, shown: string) => {
    outcomes[id] = out;
    const label = entry?.field.label ?? entry?.field.name ?? entry?.field.role ?? id;
    if (out === 'filled') filled.push({ label, value: short(shown) });
    if (out === 'locked') left.push({ label, why: t('form_left_locked_untouched') });
    if (out === 'failed' || out === 'missing') left.push({ label, why: t('form_left_failed') });
  };
  for (const { id, value } of values) {
    const entry = entries.get(id);
    const out = entry?.elements[0]?.isConnected ? await applyOne(entry, value) : 'missing';
    report(entry, id, out, value);
    await pause(20); // Bitwarden's spacing: page scripts get to react between fields.
  }
  for (const { id, files } of planned) {
    const entry = entries.get(id);
    const list = files.map((k) => store.get(k)).filter((f): f is File => f !== undefined);
    const out = entry?.elements[0]?.isConnected && list.length ? attach(entry, list) : 'missing';
    report(entry, id, out, list.map((f) => f.name).join('、'));
  }
  return { filled, left, outcomes };
}
