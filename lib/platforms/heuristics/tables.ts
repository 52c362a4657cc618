/**
 * List pages (查询结果, 我的订单) put orders in table rows under a header row: map header cells to roles and
 * read each data row as one order. A header-mapped table without an order column (fakanet's 订单支付详情)
 * adds its cells as pairs of the order around it. Vertical label/value tables are left to pairs.ts.
 */
import { looksLikeOrderNo, type LabelRole } from '../vocab';
import { KEY_LABEL, labelRole } from './labels';
import { attrOrderNo } from './hints';
import type { Pair } from './pairs';
import { type Page } from './scan';
import { chunkAt, descendants, textIn } from './query';

export interface RowOrder {
  row: number;
  pairs: Pair[];
  /** Cells under a 卡密 column: their content is the row's keys. */
  keyCells: number[];
}

type Column = LabelRole | 'keys' | undefined;

function nearestTable(page: Page, i: number): number {
  let p = page.parent[i]!;
  while (p >= 0 && page.tags[p] !== 'TABLE') p = page.parent[p]!;
  return p;
}

const cellsOf = (page: Page, row: number) =>
  [...page.els[row]!.children]
    .map((c) => page.idx.get(c))
    .filter((j) => j !== undefined && /^T[DH]$/.test(page.tags[j]!)) as number[];

/** A header cell's role from its whole text, else from its first text ("卡密(已发货/购买数：2/2)" → 卡密). */
function columnOf(page: Page, cell: number): Column {
  const whole = textIn(page, cell, 30);
  const ch = page.chunks[chunkAt(page, page.start[cell]!)];
  const head = ch && ch.pos <= page.end[cell]! ? ch.text : whole;
  for (const t of [whole, head]) {
    const role = labelRole(t);
    if (role) return role;
    if (KEY_LABEL.test(t)) return 'keys';
  }
  return undefined;
}

function headerColumns(
  page: Page,
  cells: number[],
  inHead: boolean,
): { cols: Column[]; names: string[] } | undefined {
  const cols = cells.map((c) => columnOf(page, c));
  const names = cells.map((c) => textIn(page, c, 30));
  const allTh = cells.every((c) => page.tags[c] === 'TH');
  if (!inHead && !allTh && (cols.filter(Boolean).length < 3 || names.some(looksLikeOrderNo)))
    return undefined;
  const roles = new Set(cols.filter((r) => r && r !== 'keys'));
  return roles.size >= 2 ? { cols, names } : undefined;
}

type Head = { cols: Column[]; names: string[] };

/** One data row under a header → the row's pairs (an order when it carries an order number). */
function readRow(page: Page, tr: number, cells: number[], head: Head): RowOrder {
  const order: RowOrder = { row: tr, pairs: [], keyCells: [] };
  cells.forEach((cell, k) => {
    const role = head.cols[k];
    const value = role && role !== 'keys' ? textIn(page, cell) : '';
    if (role === 'keys') order.keyCells.push(cell);
    else if (role && value)
      order.pairs.push({ role, label: head.names[k]!, value, anchor: tr, source: 'column' });
  });
  const byAttr = head.cols.includes('orderNo') ? undefined : attrOrderNo(page.els[tr]!);
  if (byAttr)
    order.pairs.unshift({
      role: 'orderNo',
      label: byAttr.name,
      value: byAttr.value,
      anchor: tr,
      source: 'column',
    });
  return order;
}

/** Grid widgets (layui table.render) print the header and the body as two tables side by side. */
function near(page: Page, a: number, b: number): boolean {
  let p = a;
  for (let k = 0; k < 3 && p >= 0; k++) p = page.parent[p]!;
  return p >= 0 && page.start[b]! <= page.end[p]!;
}

/** Orders read from header-mapped rows, pairs from attribute tables, and every row covered (pairs.ts skips them). */
export function tableOrders(page: Page, maxTables = 200, maxRows = 500) {
  const rows: RowOrder[] = [];
  const extra: Pair[] = [];
  const covered: number[] = [];
  let orphan: { table: number; head: Head } | undefined; // a header table with no rows of its own
  for (let t = 0, tables = 0; t < page.els.length && tables < maxTables; t++) {
    if (page.tags[t] !== 'TABLE') continue;
    tables++;
    const trs = [...descendants(page, t)].filter((j) => page.tags[j] === 'TR' && nearestTable(page, j) === t);
    let head: Head | undefined;
    let data = 0;
    for (const tr of trs.slice(0, maxRows)) {
      const cells = cellsOf(page, tr);
      if (!head) {
        head = headerColumns(page, cells, page.tags[page.parent[tr]!] === 'THEAD');
        if (
          !head &&
          orphan &&
          near(page, orphan.table, t) &&
          Math.abs(cells.length - orphan.head.cols.length) <= 1
        )
          head = orphan.head;
        else if (head) {
          covered.push(tr);
          continue;
        } else if (cells.length > 1) break;
        else continue;
      }
      if (cells.length < 2 || cells.every((c) => page.tags[c] === 'TH')) continue;
      const order = readRow(page, tr, cells, head);
      covered.push(tr);
      data++;
      if (order.pairs.some((p) => p.role === 'orderNo')) rows.push(order);
      else extra.push(...order.pairs);
    }
    orphan = head && !data ? { table: t, head } : undefined;
  }
  return { rows, extra, covered };
}
