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
