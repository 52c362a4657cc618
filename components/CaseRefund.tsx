import { useId, useState } from 'react';
import { money } from '../lib/compose';
import { arrivalCheck, refundEta, type CaseState, type RefundChannel } from '../lib/eligibility';
import { formatBeijing } from '../lib/i18n/status';
import { pick, t } from '../lib/i18n/t';

/** Refund channels, zh-CN and English (domain data: pick() in the UI). */
export const CHANNEL_LABEL: Record<RefundChannel, { zh: string; en: string }> = {
  wechat_balance: { zh: '微信零钱', en: 'WeChat balance' },
  wechat_bank: { zh: '微信支付（银行卡）', en: 'WeChat Pay (bank card)' },
  alipay_balance: { zh: '支付宝余额', en: 'Alipay balance' },
  alipay_bank: { zh: '支付宝（银行卡）', en: 'Alipay (bank card)' },
  alipay_huabei: { zh: '花呗', en: 'Huabei' },
  bank_card: { zh: '银行卡／网银', en: 'Bank card / online banking' },
  site_balance: { zh: '站内余额', en: 'Site balance' },
  unknown: { zh: '其他／不确定', en: 'Other / not sure' },
};
export const CHANNEL_ZH = Object.fromEntries(
  Object.entries(CHANNEL_LABEL).map(([k, v]) => [k, v.zh]),
) as Record<RefundChannel, string>;

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
        if (amount.trim() && n === null) return setError(t('popup_bad_amount'));
        setError('');
        props.onSubmit(channel, n);
      }}
    >
      <label className="field">
        <span>{t('popup_refund_channel')}</span>
        <select value={channel} onChange={(e) => setChannel(e.target.value as RefundChannel)}>
          {Object.entries(CHANNEL_LABEL).map(([k, label]) => (
            <option key={k} value={k}>
              {pick(label)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('popup_refund_amount')}</span>
        <input
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          aria-describedby={id}
        />
      </label>
      <button type="submit" className="secondary" disabled={props.busy}>
        {t('popup_refund_issued')}
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
        {t(
          'popup_refund_issued_line',
          formatBeijing(refund.at),
          pick(CHANNEL_LABEL[refund.channel]),
          refund.amount === null ? '' : ` · ${money(refund.amount)}`,
        )}
      </p>
      <p className="small muted">
        {pick(eta)}
        {eta.eta &&
          t(eta.estimate ? 'popup_refund_eta_estimate' : 'popup_refund_eta', formatBeijing(eta.eta))}
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
        if (n === null) return setError(t('popup_bad_amount'));
        setError('');
        onSubmit(n);
      }}
    >
      <label className="field">
        <span>{t('popup_arrived_amount')}</span>
        <input
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          aria-describedby={id}
        />
      </label>
      <button type="submit" className="secondary" disabled={busy}>
        {t('popup_confirm_arrival')}
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
          ? t('popup_arrival_short', money(c.arrived), expected, money(c.difference))
          : t('popup_arrival_match', money(c.arrived))}
      </p>
      {c.advice.length > 0 && (
        <ul className="small" aria-label={t('popup_arrival_advice')}>
          {c.advice.map((a) => (
            <li key={a.id}>{pick(a)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
