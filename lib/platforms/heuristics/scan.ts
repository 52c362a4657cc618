/**
 * A bounded, iterative index of one document. Recursive DOM APIs (textContent, querySelectorAll in happy-dom)
 * overflow the stack on a 10,000-deep page, and unknown pages can be hostile, so the generic heuristic walks the
 * tree once with firstChild/nextSibling, stops at fixed limits, and answers every later question from this index.
 */
import { clean } from '../normalize';

export const LIMITS = { nodes: 60_000, depth: 200, nodeChars: 50_000, totalChars: 2_000_000 };

/** Subtrees whose text is never page content (scripts, styles, option lists, embedded documents). */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'SELECT',
]);
/** Elements that start a new line when rendered; `<br>` too. Cells count as separate lines. */
const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIALOG|DIV|DL|DT|FIELDSET|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TBODY|TD|TEXTAREA|TFOOT|TH|THEAD|TR|UL)$/;
const BUTTONISH = /(^|[\s_-])(btn|button)([\s_-]|$)/i;

/** A text node (or a line break marker) in document order. */
export interface Chunk {
  pos: number;
  raw: string;
  text: string;
  /** Index of the parent element in `Page.els`. */
  el: number;
  brk: boolean;
  /** Inside a button: action labels ("复制", "查看卡密"), never values. */
  btn: boolean;
  node?: Text;
}

export interface Page {
  doc: Document;
  els: Element[];
  tags: string[];
  parent: number[];
  start: number[];
  end: number[];
  idx: Map<Element, number>;
  chunks: Chunk[];
  /** Elements whose children were not visited (depth limit): native recursive APIs are unsafe below them. */
  cut: Set<number>;
}

function isButtonish(el: Element, tag: string): boolean {
  return (
    tag === 'BUTTON' || el.getAttribute('role') === 'button' || BUTTONISH.test(el.getAttribute('class') ?? '')
  );
}

/** Walk once, pre-order, within LIMITS. */
export function indexPage(doc: Document, limits = LIMITS): Page {
  const page: Page = {
    doc,
    els: [],
    tags: [],
    parent: [],
    start: [],
    end: [],
    idx: new Map(),
    chunks: [],
    cut: new Set(),
  };
  const root = doc.body ?? doc.documentElement;
  if (!root) return page;
  const stack: number[] = [];
  let btnDepth = 0;
  let pos = 0;
  let chars = 0;
  let node: Node | null = root;
  const close = () => {
    const i = stack.pop()!;
    page.end[i] = pos - 1;
    if (BLOCK.test(page.tags[i]!))
      page.chunks.push({ pos: pos++, raw: '\n', text: '', el: page.parent[i]!, brk: true, btn: false });
    if (isButtonish(page.els[i]!, page.tags[i]!)) btnDepth--;
  };
  while (node && pos < limits.nodes) {
    let down = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      const i = page.els.length;
      page.els.push(el);
      page.tags.push(tag);
      page.parent.push(stack.length ? stack[stack.length - 1]! : -1);
      page.start.push(pos);
      page.end.push(pos);
      page.idx.set(el, i);
      if (BLOCK.test(tag)) page.chunks.push({ pos, raw: '\n', text: '', el: i, brk: true, btn: false });
      pos++;
      if (el.firstChild && !SKIP.has(tag)) {
        if (stack.length >= limits.depth) page.cut.add(i);
        else {
          down = true;
          stack.push(i);
          if (isButtonish(el, tag)) btnDepth++;
        }
      }
    } else if (node.nodeType === 3 && stack.length) {
      const value = (node as Text).data;
      if (value.trim() && chars < limits.totalChars) {
        const raw = value.length > limits.nodeChars ? value.slice(0, limits.nodeChars) : value;
        chars += raw.length;
        const el = stack[stack.length - 1]!;
        page.chunks.push({
          pos: pos++,
          raw,
          text: clean(raw),
          el,
          brk: false,
          btn: btnDepth > 0,
          node: node as Text,
        });
      }
    }
    if (down) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (stack.length && node === page.els[stack[stack.length - 1]!]) close();
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  while (stack.length) close();
  return page;
}

export const attr = (page: Page, i: number, name: string) => page.els[i]!.getAttribute(name) ?? '';
export const classOf = (page: Page, i: number) => `${attr(page, i, 'class')} ${attr(page, i, 'id')}`;
