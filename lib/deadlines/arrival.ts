/**
 * When a refund should arrive, from the order's pay-method text (refund-rules.md (c)). The figures live once, in
 * lib/eligibility/refund-eta.ts (keyed by channel); this maps what the shop page printed to a channel.
 */
import type { RefundChannel } from '../eligibility/case-model';
import { refundEta } from '../eligibility/refund-eta';

export interface ArrivalEstimate {
  channel: RefundChannel;
  /** Latest expected arrival; null when no figure is known. */
  by: string | null;
  noteZh: string;
  noteEn: string;
  /** Site balance instead of the original route needs the buyer's consent. */
  warnZh: string | null;
  warnEn: string | null;
  estimate: boolean;
}

export function channelOf(payMethod: string | null): RefundChannel {
  const m = payMethod ?? '';
  const card = /银行卡|信用卡|储蓄卡/.test(m);
  if (/微信/.test(m)) return card ? 'wechat_bank' : 'wechat_balance';
  if (/花呗/.test(m)) return 'alipay_huabei';
  if (/支付宝/.test(m)) return card ? 'alipay_bank' : 'alipay_balance';
  if (/余额/.test(m)) return 'site_balance';
  if (/银行|网银|银联|快捷/.test(m)) return 'bank_card';
  return 'unknown';
}

export function refundArrival(payMethod: string | null, refundedAt: Date): ArrivalEstimate {
  const channel = channelOf(payMethod);
  const eta = refundEta(channel, refundedAt.toISOString());
  const balance = channel === 'site_balance';
  return {
    channel,
    by: eta.eta,
    noteZh: eta.zh,
    noteEn: eta.en,
    warnZh: balance
      ? '原路退回是你的权利：退到站内余额须经你明确同意（《网络购买商品七日无理由退货暂行办法》第十四条）'
      : null,
    warnEn: balance
      ? 'A refund by the original route is your right: refunding to the site balance needs your clear consent (7-Day No-Reason Return Measures Art. 14)'
      : null,
    estimate: eta.estimate,
  };
}

export function arrivalOverdue(est: ArrivalEstimate, now: Date): boolean {
  return est.by !== null && Date.parse(est.by) < now.getTime();
}
