import { clean } from './normalize';

/** textContent (never innerText: no forced layout), cleaned. */
export function textOf(el: Element | null | undefined): string {
  return clean(el?.textContent);
}

/** Rows of `th/td` (or `dt/dd`) pairs under `root` → label → value element. Labels lose trailing colons. */
export function labelledCells(
  root: ParentNode,
  rowSelector = 'tr',
  labelSel = 'th',
  valueSel = 'td',
): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const row of root.querySelectorAll(rowSelector)) {
    const label = row.querySelector(labelSel);
    const value = row.querySelector(valueSel);
    if (label && value) out.set(textOf(label).replace(/[:：]\s*$/, ''), value);
  }
  return out;
}

/** Quote a value for an attribute selector (`[name="…"]`) without relying on the CSS global (absent in Node). */
export function attrValue(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

const BREAKS = new Set([
  'BR',
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'TABLE',
  'CENTER',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Text lines of `el`: `<br>`, block elements and newlines split; cleaned, empties dropped. Iterative (a DOM
 * nested 10,000 deep must not blow the stack) and read-only (cloning would make the page load images again).
 */
export function linesOf(
  el: Element | null | undefined,
  { maxChars = 200_000, controls = true }: { maxChars?: number; controls?: boolean } = {},
): string[] {
  if (!el) return [];
  const parts: string[] = [];
  let size = 0;
  const stack: (Node | 'break')[] = [el];
  while (stack.length && size < maxChars) {
    const node = stack.pop()!;
    if (node === 'break') {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      parts.push(text);
      size += text.length;
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) continue;
    if (!controls && (node.nodeName === 'TEXTAREA' || node.nodeName === 'SELECT')) continue;
    if (node.nodeName === 'TEXTAREA') {
      parts.push('\n', (node as HTMLTextAreaElement).value ?? node.textContent ?? '', '\n');
      continue;
    }
    const block = BREAKS.has(node.nodeName);
    if (block) parts.push('\n');
    if (block) stack.push('break');
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return parts.join('').split(/\r?\n/).map(clean).filter(Boolean);
}

/** The page title from <head>'s children (document.title walks the whole tree, recursively in happy-dom). */
export function titleOf(doc: Document): string {
  for (const el of doc.head?.children ?? [])
    if (el.tagName === 'TITLE') return clean(el.textContent).slice(0, 500);
  return '';
}
