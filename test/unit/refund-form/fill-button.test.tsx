import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FillButton } from '../../../components/FillButton';
import type { Message } from '../../../lib/messaging';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const orders = [
  { key: 's|A1', orderNo: 'A1', product: '旧订单', lastSeenAt: '2026-11-01T00:00:00.000Z' },
  { key: 's|B2', orderNo: 'B2', product: '新订单', lastSeenAt: '2026-11-20T00:00:00.000Z' },
];

let container: HTMLDivElement;
afterEach(() => container?.remove());

async function render(el: React.ReactElement) {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => createRoot(container).render(el));
  return container;
}

describe('FillButton', () => {
  it('sends fill-form for the last-viewed order and shows the result in role=status', async () => {
    const send = vi.fn(async (_: Message) => ({
      ok: true as const,
      filled: [{ label: '退款原因', value: '卡密已被使用' }],
      left: [{ label: 'QQ号码', why: '请填写' }],
    }));
    const c = await render(<FillButton tabId={7} orders={orders} send={send} />);
    const button = [...c.querySelectorAll('button')].find((b) => b.textContent === '填写退款申请')!;
    expect((c.querySelector('select') as HTMLSelectElement).value).toBe('s|B2');
    await act(async () => button.click());
    expect(send).toHaveBeenCalledWith({ type: 'fill-form', tabId: 7, orderKey: 's|B2' });
    expect(c.querySelector('[role=status]')!.textContent).toBe(
      '已填写 1 项；还需你处理：QQ号码。卡盾不会提交，请核对后自行提交。',
    );
  });

  it('preselects the order on the page; one order → no picker; errors are shown', async () => {
    const send = vi.fn(async (_: Message) => ({ ok: false as const, error: '没有找到表单' }));
    let c = await render(<FillButton tabId={1} orders={orders} currentKeys={['s|A1']} send={send} />);
    expect((c.querySelector('select') as HTMLSelectElement).value).toBe('s|A1');
    c.remove();
    c = await render(<FillButton tabId={1} orders={[orders[0]!]} send={send} />);
    expect(c.querySelector('select')).toBeNull();
    await act(async () => c.querySelector('button')!.click());
    expect(send).toHaveBeenCalledWith({ type: 'fill-form', tabId: 1, orderKey: 's|A1' });
    expect(c.querySelector('[role=status]')!.textContent).toBe('没有找到表单');
  });
});
