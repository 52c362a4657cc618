/**
 * Step 4: refund arrival by channel (refund-rules.md (c)). Alipay bank cards have no fixed figure: no guess.
 * Same figures as lib/deadlines/arrival.ts (keyed there by pay-method text): "immediate" allows 5 minutes.
 */
import type { RefundChannel } from './case-model';
import { MINUTE, addWorkingDays } from './time';

interface Rule {
  minutes?: number;
  workingDays?: number;
  /** The figure is an estimate, not an official time. */
  estimate: boolean;
  zh: string;
  en: string;
}

const ETA: Record<RefundChannel, Rule> = {
  // W2 says "一般5分钟内"; older docs (W3) 20 min: the clock uses the looser figure.
  wechat_balance: {
    minutes: 20,
    estimate: false,
    zh: '微信零钱：一般5分钟内到账（旧文档为20分钟内）',
    en: 'WeChat balance: usually within 5 min (older docs: 20 min)',
  },
  wechat_bank: {
    workingDays: 3,
    estimate: false,
    zh: '微信支付银行卡：1-3个工作日到账',
    en: 'WeChat Pay bank card: 1–3 working days',
  },
  alipay_balance: {
    minutes: 5,
    estimate: true,
    zh: '支付宝余额：退款成功后直接到账',
    en: 'Alipay balance: immediate once the refund succeeds',
  },
  alipay_bank: {
    estimate: true,
    zh: '支付宝银行卡：以银行为准（支付宝会给出预计到账时间）',
    en: 'Alipay bank card: up to the bank (Alipay shows an estimate)',
  },
  alipay_huabei: {
    estimate: true,
    zh: '花呗：先退回花呗账单；账单已还清则退到支付宝余额',
    en: 'Huabei: back to the Huabei bill; if already repaid, to the Alipay balance',
  },
  bank_card: {
    workingDays: 3,
    estimate: true,
    zh: '银行卡／网银：以发卡行处理为准（估计1-3个工作日）',
    en: 'Bank card / online banking: up to the issuer (estimate 1–3 working days)',
  },
  site_balance: {
    minutes: 5,
    estimate: true,
    zh: '站内余额：通常即时；退到余额而非原路需你明确同意（七日办法第十四条）',
    en: 'Site balance: usually immediate; refunding there instead of the original route needs your clear consent (L3 Art. 14)',
  },
  unknown: {
    estimate: true,
    zh: '渠道未知：以支付渠道为准',
    en: 'Unknown channel: up to the payment provider',
  },
};

export interface Eta {
  /** Expected arrival; null when no figure is known. */
  eta: string | null;
  estimate: boolean;
  zh: string;
  en: string;
}

/** `given` = the channel's own estimate for this refund (e.g. Alipay est_bank_receipt_time): it wins. */
export function refundEta(channel: RefundChannel, issuedAt: string, given: string | null = null): Eta {
  const r = ETA[channel];
  const t = Date.parse(issuedAt);
  const ms =
    r.minutes !== undefined
      ? t + r.minutes * MINUTE
      : r.workingDays
        ? addWorkingDays(t, r.workingDays)
        : null;
  const eta = given ?? (ms === null ? null : new Date(ms).toISOString());
  return { eta, estimate: given === null && r.estimate, zh: r.zh, en: r.en };
}
