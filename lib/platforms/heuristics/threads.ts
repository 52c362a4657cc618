/**
 * Merchant / ticket / complaint threads: repeated sibling blocks that each carry a time, a name and a body.
 * Found from the times outward, so any markup works (article.is-user, div.gdan_zhugan, li.t-comment…).
 */
import type { ChatMessage } from '../../model/order';
import { clean, parseChinaTime } from '../normalize';
import { authorOfName } from '../vocab';
import { attr, classOf, type Page } from './scan';
import { chunkAt, contains, textIn } from './query';

const CLOCK = /\d{1,2}[:：]\d{2}/;
/** Class tokens naming a participant's role (is-user, from-merchant, kefu…): what makes a list a conversation. */
const ROLE_CLASS =
  /^(is-|from-|msg-|chat-|role-)?(user|admin|staff|kefu|service|merchant|seller|shop|buyer|customer|self|mine|me|platform|system)$/i;
const CLASS_AUTHOR: [RegExp, ChatMessage['author']][] = [
  [/system|event|notice/i, 'system'],
  [/platform|arbitr/i, 'platform'],
  [/is-user|self|mine|^me$|buyer|customer|client|right|from-user/i, 'buyer'],
  [/merchant|seller|shop|kefu|service|staff|admin|left|from-merchant/i, 'merchant'],
];

function signature(page: Page, i: number): string {
  return `${page.tags[i]}.${attr(page, i, 'class').trim().split(/\s+/)[0] ?? ''}`;
}

/** Chunk indices inside element `m` (line breaks too when asked). */
function* chunksOf(page: Page, m: number, breaks = false) {
  const end = page.end[m]!;
  for (let c = chunkAt(page, page.start[m]!); c < page.chunks.length && page.chunks[c]!.pos <= end; c++)
    if ((breaks || !page.chunks[c]!.brk) && !page.chunks[c]!.btn) yield c;
}

function authorByClass(page: Page, els: number[]): ChatMessage['author'] | undefined {
  const tokens = els.flatMap((e) => classOf(page, e).split(/\s+/)).filter(Boolean);
  for (const [re, author] of CLASS_AUTHOR) if (tokens.some((t) => re.test(t))) return author;
  return undefined;
}

/**
 * One member block → message: time, the name beside it, the rest as body. An unknown display name is the
 * buyer's own nickname more often than staff, who sign as 客服/商家/管理员.
 */
function readMessage(page: Page, m: number): ChatMessage | undefined {
  let time: number | undefined;
  for (const c of chunksOf(page, m)) {
    const t = page.chunks[c]!.text;
    if (t.length <= 40 && CLOCK.test(t) && parseChinaTime(t)) {
      time = c;
      break;
    }
  }
  if (time === undefined) return undefined;
  const tc = page.chunks[time]!;
  // The meta row: the time's element, or its parent when the time stands alone (<span>name</span><time>).
  let meta = tc.el;
  if (meta !== m && textIn(page, meta, 60) === tc.text && page.parent[meta] !== m) meta = page.parent[meta]!;
  const inMeta = (c: number) =>
    meta !== m && page.chunks[c]!.pos >= page.start[meta]! && page.chunks[c]!.pos <= page.end[meta]!;
  const icon = (c: number) =>
    page.tags[page.chunks[c]!.el] === 'I' || /icon/i.test(classOf(page, page.chunks[c]!.el));
  const short = (c: number) =>
    c !== time && !page.chunks[c]!.brk && !icon(c) && page.chunks[c]!.text.length <= 30;
  // The name: beside the time (the time's own text, then the meta row), else the first short text before it.
  let name: string | null = clean(tc.text.replace(/\d{4}[-/.年]\S*(\s+\d{1,2}[:：]\S*)?/, '')) || null;
  const all = [...chunksOf(page, m, true)];
  const nameAt = name
    ? -1
    : (all.find((c) => inMeta(c) && short(c)) ?? all.find((c) => c < time && short(c)) ?? -1);
  if (nameAt >= 0) name = page.chunks[nameAt]!.text;
  const body: string[] = [];
  for (const c of all) {
    const ch = page.chunks[c]!;
    if (ch.brk) body.push(' ');
    else if (c !== time && c !== nameAt && !inMeta(c) && !(c < time && icon(c))) body.push(ch.raw);
  }
  const text = clean(body.join('')).slice(0, 5000);
  if (!text) return undefined;
  const timeEl = page.els[tc.el]!;
  const at = parseChinaTime(timeEl.getAttribute('datetime') ?? '') ?? parseChinaTime(tc.text);
  const author =
    (name ? authorOfName(name) : undefined) ?? authorByClass(page, [m, meta]) ?? (name ? 'buyer' : 'system');
  return { author, name: name?.slice(0, 100) ?? null, at, text };
}

/**
 * The best thread on the page: the largest group of same-signature siblings that read as messages. Groups
 * whose members hold an order block (`avoid`) are order lists, not threads.
 */
export function findThread(page: Page, avoid: number[] = [], maxTimes = 400): Thread | undefined {
  const groups = new Map<string, { parent: number; sig: string }>();
  let seen = 0;
  for (const ch of page.chunks) {
    if (ch.brk || ch.text.length > 40 || !CLOCK.test(ch.text) || !parseChinaTime(ch.text)) continue;
    if (++seen > maxTimes) break;
    for (
      let m = ch.el, k = 0;
      m >= 0 && page.parent[m]! >= 0 && k < 8 && page.tags[m] !== 'TR';
      m = page.parent[m]!, k++
    ) {
      const p = page.parent[m]!;
      const sig = signature(page, m);
      if (membersOf(page, p, sig).length >= 2) groups.set(`${p}|${sig}`, { parent: p, sig });
    }
  }
  let best: Thread | undefined;
  let bestScore = 0;
  for (const { parent, sig } of groups.values()) {
    const members = membersOf(page, parent, sig);
    if (members.some((m) => avoid.some((a) => contains(page, m, a)))) continue;
    const messages = oldestFirst(members.map((m) => readMessage(page, m)).filter((x) => x !== undefined));
    if (messages.length < 2 || messages.length < members.length * 0.6) continue;
    // A merchant thread names roles (客服/商家/我, is-admin); blog comments and "recent buyers" lists do not.
    const cue =
      messages.some((x) => x.name && authorOfName(x.name)) ||
      members.some((m) =>
        classOf(page, m)
          .split(/\s+/)
          .some((t) => ROLE_CLASS.test(t)),
      );
    const score = (cue ? 10_000 : 0) + messages.length;
    if (score > bestScore) [best, bestScore] = [{ messages: messages.slice(0, 2000), cue }, score];
  }
  return best;
}

/** Threads shown newest-first (a live complaint feed) are returned oldest-first; undated ones keep page order. */
function oldestFirst(messages: ChatMessage[]): ChatMessage[] {
  if (!messages.every((m) => m.at)) return messages;
  return [...messages].sort((a, b) => Date.parse(a.at!) - Date.parse(b.at!));
}

export interface Thread {
  messages: ChatMessage[];
  /** Role words or role classes: without them a repeated dated list is comments or news, not a thread. */
  cue: boolean;
}

function membersOf(page: Page, parent: number, sig: string): number[] {
  const out: number[] = [];
  const kids = page.els[parent]!.children;
  if (kids.length > 2000) return out; // a flat hostile page: no thread is that wide
  for (const c of kids) {
    const i = page.idx.get(c);
    if (i !== undefined && signature(page, i) === sig) out.push(i);
  }
  return out;
}
