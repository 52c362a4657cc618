// Escaping template helper. Every interpolated value is HTML-escaped unless it is already SafeHtml.
// VNodes are a tiny element tree rendered to HTML here and rebuilt in the browser with
// createElement/textContent (see skins/kameng/live.ts), so live updates never use innerHTML.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Trusted constant markup (CSS, scripts, pre-rendered SafeHtml). Never pass request data here. */
export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

type Interp = SafeHtml | VNode | string | number | boolean | null | undefined | readonly Interp[];

function interp(v: Interp): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map((x: Interp) => interp(x)).join('');
  if (typeof v === 'object') return renderNode(v as VNode);
  return esc(v);
}

export function html(strings: TemplateStringsArray, ...values: Interp[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += interp(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

export interface VNode {
  t: string;
  a?: Record<string, string>;
  c?: (VNode | string)[];
}

export type Child = VNode | string | null | undefined | false;

/** Builds a VNode; falsy children are dropped. */
export function h(t: string, a: Record<string, string | undefined> | null, ...c: (Child | Child[])[]): VNode {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(a ?? {})) if (v !== undefined) attrs[k] = v;
  const kids = c.flat().filter((x): x is VNode | string => x !== null && x !== undefined && x !== false);
  return { t, a: attrs, c: kids };
}

const VOID = new Set(['br', 'input', 'img', 'meta', 'hr']);
const TAG = /^[a-z][a-z0-9]*$/;
const ATTR = /^[a-z][a-z0-9-]*$/;

export function renderNode(n: VNode | string): string {
  if (typeof n === 'string') return esc(n);
  if (!TAG.test(n.t)) throw new Error(`bad tag ${n.t}`);
  let attrs = '';
  for (const [k, v] of Object.entries(n.a ?? {})) {
    if (!ATTR.test(k) || k.startsWith('on')) throw new Error(`bad attribute ${k}`);
    attrs += ` ${k}="${esc(v)}"`;
  }
  if (VOID.has(n.t)) return `<${n.t}${attrs}>`;
  return `<${n.t}${attrs}>${(n.c ?? []).map(renderNode).join('')}</${n.t}>`;
}
