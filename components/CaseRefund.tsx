import { useId, useState } from 'react';
import { money } from '../lib/compose';
import { arrivalCheck, refundEta, type CaseState, type RefundChannel } from '../lib/eligibility';
import { formatBeijing } from '../lib/i18n/status';

export const CHANNEL_ZH: Record<RefundChannel, string> = {
  wechat_balance: '微信零钱',
  wechat_bank: '微信支付（银行卡）',
  alipay_balance: '支付宝余额',
  alipay_bank: '支付宝（银行卡）',
  alipay_huabei: '花呗',
  bank_card: '银行卡／网银',
  site_balance: '站内余额',
  unknown: '其他／不确定',
};
const T = {
  channel: '退款渠道',
  amount: '退款金额（元）',
  issued: '记录退款已发起',
  issuedLine: (at: string, channel: string, amount: string) => `${at} 退款已发起 · ${channel}${amount}`,
  eta: (at: string, estimate: boolean) => `预计 ${at} 前到账${estimate ? '（估计）' : ''}`,
  arrived: '实际到账金额（元）',
  confirm: '确认到账',
  badAmount: '请输入金额，例如 96 或 91.20',
  match: (arrived: string) => `已到账 ${arrived}，与应退金额一致。`,
  short: (arrived: string, expected: string, diff: string) =>
    `已到账 ${arrived}，应退 ${expected}，少了 ${diff}：`,
  advice: '到账核对建议',
};

/** The refund channel the order was most likely paid through (the original route is the default). */
export function channelFor(payMethod: string | null): RefundChannel {
  const m = payMethod ?? '';
  if (/微信/.test(m)) return /银行卡|信用卡|储蓄卡/.test(m) ? 'wechat_bank' : 'wechat_balance';
  if (/花呗/.test(m)) return 'alipay_huabei';
  if (/支付宝/.test(m)) return /银行卡|信用卡/.test(m) ? 'alipay_bank' : 'alipay_balance';
  if (/余额/.test(m)) return 'site_balance';
  if (/银行|网银|银联|快捷/.test(m)) return 'bank_card';
  return 'unknown';
}

const parseAmount = (s: string) => (/^\d+(\.\d{1,2})?$/.test(s.trim()) ? Number(s) : null);

export function RefundIssuedForm(props: {
  channel: RefundChannel;
  amount: number | null;
  busy: boolean;
  onSubmit: (channel: RefundChannel, amount: number | null) => void;
}) {
  const id = useId();
  const [channel, setChannel] = useState(props.channel);
  const [amount, setAmount] = useState(props.amount === null ? '' : String(props.amount));
  const [error, setError] = useState('');
  return (
    <form
      className="case-form"
      onSubmit={(e) => {
        e.preventDefault();
        const n = amount.trim() ? parseAmount(amount) : null;
        if (amount.trim() && n === null) return setError(T.badAmount);
        setError('');
        props.onSubmit(channel, n);
      }}
    >
      <label className="field">
        <span>{T.channel}</span>
        <select value={channel} onChange={(e) => setChannel(e.target.value as RefundChannel)}>
          {Object.entries(CHANNEL_ZH).map(([k, zh]) => (
            <option key={k} value={k}>
              {zh}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{T.amount}</span>
        <input
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          aria-describedby={id}
        />
      </label>
      <button type="submit" className="secondary" disabled={props.busy}>
        {T.issued}
      </button>
      <span id={id} role="alert" className="bad small">
        {error}
      </span>
    </form>
  );
}

export function RefundIssuedLine({ refund }: { refund: NonNullable<CaseState['refund']> }) {
  const eta = refundEta(refund.channel, refund.at, refund.estimate);
  return (
    <>
      <p className="small">
        {T.issuedLine(
          formatBeijing(refund.at),
          CHANNEL_ZH[refund.channel],
          refund.amount === null ? '' : ` · ${money(refund.amount)}`,
        )}
      </p>
      <p className="small muted">
        {eta.zh}
        {eta.eta && `；${T.eta(formatBeijing(eta.eta), eta.estimate)}`}
      </p>
    </>
  );
}

export function ArrivalForm({ busy, onSubmit }: { busy: boolean; onSubmit: (amount: number) => void }) {
  const id = useId();
  const [amount, setAmount] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      className="case-form"
      onSubmit={(e) => {
        e.preventDefault();
        const n = parseAmount(amount);
        if (n === null) return setError(T.badAmount);
        setError('');
        onSubmit(n);
      }}
    >
      <label className="field">
        <span>{T.arrived}</span>
        <input
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          aria-describedby={id}
        />
      </label>
      <button type="submit" className="secondary" disabled={busy}>
        {T.confirm}
      </button>
      <span id={id} role="alert" className="bad small">
        {error}
      </span>
    </form>
  );
}

/** Step 5: what arrived against what was due; a shortfall shows the fee check and what to do. */
export function ArrivalResult({ state }: { state: CaseState }) {
  const c = arrivalCheck(state);
  if (c.status === 'pending' || c.arrived === null) return null;
  const expected = c.expected === null ? '—' : money(c.expected);
  return (
    <div className={c.status === 'short' ? 'arrival-check short' : 'arrival-check'}>
      <p className="small">
        {c.status === 'short'
          ? T.short(money(c.arrived), expected, money(c.difference))
          : T.match(money(c.arrived))}
      </p>
      {c.advice.length > 0 && (
        <ul className="small" aria-label={T.advice}>
          {c.advice.map((a) => (
            <li key={a.id}>{a.zh}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
