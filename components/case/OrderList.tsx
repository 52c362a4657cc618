import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Verdict } from '../../lib/eligibility/rule-table';
import { formatBeijing, formatMoney } from '../../lib/i18n/status';
import { t } from '../../lib/i18n/t';
import type { OrderRow } from '../../lib/model/order';
import { StatusBadge } from '../StatusBadge';
import { VERDICT_KEY, VERDICT_TONE } from './labels';

/** Rows rendered per step: thousands of orders stay fast (the rest come with 再显示). */
export const PAGE = 100;

function Row({ order, verdict }: { order: OrderRow; verdict: Verdict | undefined }) {
  return (
    <>
      <span className="row-main">
        <span className="row-product">{order.product ?? order.orderNo}</span>
        <StatusBadge status={order.status} raw={order.statusText} />
      </span>
      <span className="row-sub">
        <span className="mono">{order.orderNo}</span>
        <span>{formatMoney(order.amount)}</span>
        {order.breachedAt && <span className="chip chip-danger">{t('case_row_breached')}</span>}
        {verdict && <span className={`chip chip-${VERDICT_TONE[verdict]}`}>{t(VERDICT_KEY[verdict])}</span>}
      </span>
      <span className="row-sub muted">
        <span className="row-site">{order.site}</span>
        <span>{t('case_row_seen', formatBeijing(order.lastSeenAt))}</span>
      </span>
    </>
  );
}

/**
 * The orders as a listbox: one tab stop, arrow keys / Home / End / PageUp / PageDown move, Enter or Space opens
 * (aria-selected marks the open order). Shows PAGE rows at a time.
 */
export function OrderList({
  orders,
  selected,
  verdicts,
  onOpen,
}: {
  orders: readonly OrderRow[];
  selected: string | null;
  verdicts: ReadonlyMap<string, Verdict>;
  onOpen: (key: string) => void;
}) {
  const selectedIndex = orders.findIndex((o) => o.key === selected);
  const [shown, setShown] = useState(() => Math.max(PAGE, Math.ceil((selectedIndex + 1) / PAGE) * PAGE));
  const [active, setActive] = useState(Math.max(0, selectedIndex));
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const focusNext = useRef(false);
  const visible = orders.slice(0, shown);
  const current = Math.min(active, visible.length - 1);

  // Opened from a link (?order=…): the open order is in view, wherever it sits in the list.
  const initial = useRef(selectedIndex);
  useEffect(() => {
    // Scroll the list only (scrollIntoView would also scroll the page away from its header).
    const el = items.current[initial.current];
    const list = el?.parentElement;
    if (el && list)
      list.scrollTop = el.offsetTop - list.offsetTop - (list.clientHeight - el.offsetHeight) / 2;
  }, []);

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    items.current[current]?.focus();
  }, [current]);

  const move = (to: number) => {
    const target = Math.max(0, Math.min(orders.length - 1, to));
    if (target >= shown) setShown(Math.ceil((target + 1) / PAGE) * PAGE);
    focusNext.current = true;
    setActive(target);
    if (target === current) items.current[current]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, i: number, key: string) => {
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: orders.length - 1, PageDown: i + 10, PageUp: i - 10 }[e.key]; // prettier-ignore
    if (to !== undefined) {
      e.preventDefault();
      move(to);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(key);
    }
  };
  const more = Math.min(PAGE, orders.length - shown);
  return (
    <>
      <ul role="listbox" aria-label={t('case_list_label')} className="case-list">
        {visible.map((o, i) => (
          <li
            key={o.key}
            ref={(el) => {
              items.current[i] = el;
            }}
            role="option"
            aria-selected={o.key === selected}
            tabIndex={i === current ? 0 : -1}
            className="case-row"
            data-key={o.key}
            onClick={() => {
              setActive(i);
              onOpen(o.key);
            }}
            onFocus={() => setActive(i)}
            onKeyDown={(e) => onKeyDown(e, i, o.key)}
          >
            <Row order={o} verdict={verdicts.get(o.key)} />
          </li>
        ))}
      </ul>
      {more > 0 && (
        <button type="button" className="secondary show-more" onClick={() => setShown(shown + PAGE)}>
          {t('case_show_more', more, orders.length - shown)}
        </button>
      )}
    </>
  );
}
