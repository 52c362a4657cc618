/**
 * When a refund should arrive, by the channel that paid (refund-rules.md (c)). Bank-card figures are estimates
 * ("以银行为准"); site balance is immediate but only with the buyer's consent — original route is the right.
 */
export interface ArrivalEstimate {
  channel: string;
  /** Latest expected arrival; null when no figure is known. */
  by: string | null;
  noteZh: string;
  warnZh: string | null;
  estimate: boolean;
}

const BEIJING = 8 * 3_600_000;

/** Add working days in Beijing time (Saturdays and Sundays skipped; public holidays are not known offline). */
export function addWorkingDays(from: Date, days: number): Date {
  let t = from.getTime();
  let left = days;
  while (left > 0) {
    t += 86_400_000;
    const dow = new Date(t + BEIJING).getUTCDay();
    if (dow !== 0 && dow !== 6) left -= 1;
  }
  return new Date(t);
}

export function refundArrival(payMethod: string | null, refundedAt: Date): ArrivalEstimate {
  const m = payMethod ?? '';
  const at = (ms: number) => new Date(refundedAt.getTime() + ms).toISOString();
  if (/微信/.test(m) && /银行卡|信用卡|储蓄卡/.test(m))
    return {
      channel: '微信支付（银行卡）',
      by: addWorkingDays(refundedAt, 3).toISOString(),
      noteZh: '银行卡支付的退款 1–3 个工作日到账',
      warnZh: null,
      estimate: true,
    };
  if (/微信/.test(m))
    return {
      channel: '微信零钱',
      by: at(20 * 60_000),
      noteZh: '一般 5 分钟内到账，最迟约 20 分钟',
      warnZh: null,
      estimate: false,
    };
  if (/支付宝/.test(m) && /银行卡|信用卡/.test(m))
    return {
      channel: '支付宝（银行卡）',
      by: null,
      noteZh: '以银行为准（支付宝会给出预计到账时间）',
      warnZh: null,
      estimate: true,
    };
  if (/支付宝/.test(m))
    return {
      channel: '支付宝余额',
      by: at(5 * 60_000),
      noteZh: '退款成功后直接到账',
      warnZh: null,
      estimate: false,
    };
  if (/余额/.test(m))
    return {
      channel: '站内余额',
      by: at(5 * 60_000),
      noteZh: '站内余额一般即时到账',
      warnZh:
        '原路退回是你的权利：退到站内余额须经你明确同意（《网络购买商品七日无理由退货暂行办法》第十四条）',
      estimate: true,
    };
  if (/银行|网银|银联|快捷/.test(m))
    return {
      channel: '银行卡',
      by: addWorkingDays(refundedAt, 3).toISOString(),
      noteZh: '以发卡行处理为准（估计 1–3 个工作日）',
      warnZh: null,
      estimate: true,
    };
  return {
    channel: m || '未知渠道',
    by: null,
    noteZh: '到账时间以支付渠道为准',
    warnZh: null,
    estimate: true,
  };
}

export function arrivalOverdue(est: ArrivalEstimate, now: Date): boolean {
  return est.by !== null && Date.parse(est.by) < now.getTime();
}
