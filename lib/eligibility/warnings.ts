/** Warnings shown next to the verdict. Pure: built from the input and the decision. */
import type { ChatMessage } from '../model/order';
import type { Decision } from './decide';
import type { ParsedInput } from './input';
import { DAY } from './time';

export interface Warning {
  id:
    | 'no_refund_notice'
    | 'off_platform'
    | 'large_unknown_merchant'
    | 'partial_refund'
    | 'check_before_confirm'
    | 'refund_route_365';
  zh: string;
  en: string;
}

/** 加微信 / 加QQ / 私下交易 … (seed: off-platform deals leave the platform unable to intervene). */
const OFF_PLATFORM =
  /加(我|下|个|一下)?\s*(微信|威信|薇信|v信|vx|wx|qq|扣扣|企鹅)|(微信|v信|vx|qq|扣扣)\s*(号|联系|私聊|转账|付款|交易)|私下(交易|转账|付款|联系|处理)|线下(交易|转账)|扫码(付款|支付|转账)|(支付宝|微信)\s*(转账|转给)/i;
/** Platform and merchant notices that warn AGAINST leaving ("请勿加微信私下交易") are not requests. */
const NEGATED = /请勿|不要|切勿|谨防|禁止|严禁|谨慎|警惕|小心|防止|以免/;

/** Merchant messages asking to move off the platform (sentence by sentence, warnings against it excluded). */
export function offPlatformMessages(chat: readonly ChatMessage[]): ChatMessage[] {
  return chat.filter(
    (m) =>
      m.author === 'merchant' &&
      m.text.split(/[。！!？?；;\n]/).some((part) => OFF_PLATFORM.test(part) && !NEGATED.test(part)),
  );
}

export function warningsFor(input: ParsedInput, d: Decision): Warning[] {
  const { order: o, facts: f, limits } = input;
  const s = d.situation;
  const out: Warning[] = [];
  if (s.noRefundNotice)
    out.push({
      id: 'no_refund_notice',
      zh: '“虚拟商品一经售出概不退换”类声明依法无效（《消费者权益保护法》第二十六条），不能排除你的退款权利（R11）。',
      en: 'A "virtual goods: no refunds" notice is void (CRPL Art. 26) and cannot take away a refund right (R11).',
    });
  if (offPlatformMessages(input.chat).length)
    out.push({
      id: 'off_platform',
      zh: '商家要求加微信/QQ或私下交易：离开平台后无法申请平台介入，证据也难保全。请只在平台内沟通和付款。',
      en: 'The merchant asks to move to WeChat/QQ or trade privately: off the platform there is no intervention and little evidence. Stay on the platform.',
    });
  const many = Math.max(o.cardKeys.length, o.quantity ?? 0) >= limits.manyKeys;
  if (f.merchantKnown !== true && (many || (o.amount ?? 0) >= limits.largeAmount))
    out.push({
      id: 'large_unknown_merchant',
      zh: '大额或多张卡密来自不熟悉的商家：建议先小额购买测试，确认有效后再多买。',
      en: 'A large amount or many keys from an unfamiliar merchant: buy a small test order first.',
    });
  if (!s.settled && (d.verdict === 'ELIGIBLE' || d.verdict === 'CONSENT'))
    out.push({
      id: 'partial_refund',
      zh: '接受部分退款并到账后，争议通常视为已解决，平台不再受理（R15）。只在金额合适时接受。',
      en: 'Once a partial refund is accepted and paid, platforms treat the dispute as settled (R15). Accept only a fair amount.',
    });
  if (s.delivered === true && !s.directCharge && f.keyRedeemResult === null && !s.usedOrConfirmed)
    out.push({
      id: 'check_before_confirm',
      zh: '先在官方兑换页核对卡密（最好录屏），再点“确认收货”或使用：确认收货后举证责任转向你（淘宝规则第三十三、七十六条）。',
      en: 'Check the key on the official redeem page (record the screen) before confirming receipt: confirming shifts the burden to you (Taobao Art. 33, 76).',
    });
  const paid = o.paidAt ? Date.parse(o.paidAt) : null;
  if (paid !== null && !s.settled && s.now - paid >= 330 * DAY)
    out.push({
      id: 'refund_route_365',
      zh: '微信支付只能在付款后365天内原路退款，时间快到了（或已过）。',
      en: 'WeChat Pay refunds by the original route only within 365 days of payment; that limit is near or past.',
    });
  return out;
}
