/**
 * Shared vocabulary of real card platforms (../shared/domain/platforms.md §13). Specific adapters and the
 * generic heuristic read the same tables, so a word learnt once helps everywhere.
 */
import type { ChatMessage } from '../model/order';

export type LabelRole =
  | 'orderNo'
  | 'product'
  | 'quantity'
  | 'amount'
  | 'payMethod'
  | 'createdAt'
  | 'paidAt'
  | 'deliveredAt'
  | 'status'
  | 'deliveryMode'
  | 'promise'
  | 'buyerInput';

/** Label → role. Exact labels (after trimming colons); order matters only for overlapping prefixes. */
export const LABEL_SYNONYMS: Record<LabelRole, readonly string[]> = {
  orderNo: [
    '订单号',
    '订单编号',
    '订单ID',
    '订单id',
    '商户订单号',
    '商户订单',
    '当前订单号',
    '订单',
    '交易号',
    'Order #',
    'Order No',
    'Order ID',
    'Order Number',
    '订单号码',
  ],
  product: ['商品名称', '订单名称', '商品', '名称', '物品名称', '商品标题', '宝贝名称'],
  quantity: ['数量', '购买数量', '下单数量', '商品数量', '已发卡密'],
  amount: [
    '实付金额',
    '实际支付价格',
    '实付款',
    '实际付款',
    '支付金额',
    '订单总价',
    '订单金额',
    '商品总价',
    '总价',
    '金额',
    '实付积分',
    '付款金额',
  ],
  payMethod: ['支付方式', '付款方式', '支付类型', '支付通道', '支付渠道'],
  createdAt: ['下单时间', '创建时间', '订单创建时间', '订单时间', '订单日期', '购买时间', '提交时间', '日期'],
  paidAt: ['支付时间', '付款时间', '交易时间'],
  deliveredAt: ['发货时间', '完成时间', '交付时间'],
  status: ['订单状态', '状态', '付款状态', '支付状态', '发货状态', '取卡状态', '交付状态'],
  deliveryMode: ['订单类型', '商品类型', '发货方式', '交付方式', '发货类型'],
  promise: ['发货时效', '发货时间承诺', '预计发货', '到账时间', '发货说明'],
  buyerInput: [
    '下单信息',
    '充值账号',
    '附加信息',
    '充值帐号',
    '游戏账号',
    '收货信息',
    '邮箱',
    '下单邮箱',
    '联系方式',
  ],
};

/** Amount labels from most to least trustworthy: what was actually paid wins (DESIGN.md generic sketch). */
export const AMOUNT_PRIORITY = [
  '实付',
  '实际支付',
  '实际付款',
  '支付金额',
  '付款金额',
  '订单金额',
  '订单总价',
  '商品总价',
  '总价',
  '金额',
];

const normLabel = (label: string) => label.replace(/[\s:：]+/g, '').replace(/^[#*]/, '');
const LABEL_INDEX = new Map<string, LabelRole>(
  (Object.entries(LABEL_SYNONYMS) as [LabelRole, readonly string[]][]).flatMap(([role, words]) =>
    words.map((w) => [normLabel(w), role] as const),
  ),
);

/** The role of a field label, or undefined. Tolerates colons, spaces and a leading `#`/`*`. */
export function roleOfLabel(label: string): LabelRole | undefined {
  const key = normLabel(label);
  return key.length <= 12 ? LABEL_INDEX.get(key) : undefined;
}

/** Texts inside a key area that mean "nothing delivered" — a notice, never a key (§13E). */
export const NOT_DELIVERED = [
  /正在发货中/,
  /此商品没有发货信息/,
  /有人在你付款之前抢走了商品/,
  /库存(可使用卡密)?不足/,
  /还有\s*\d+\s*件未发货/,
  /正在生成卡密/,
  /卡密查询超时/,
  /(备货|补货)中/,
  /等待(商家)?发货/,
  /暂无(卡密|发货|交付)/,
  /(充值|发货|发卡|取卡)(失败|过程中出现故障)/,
  /联系\S{0,6}(取卡|发货)/,
  /付款成功[，,]?\s*等待充值/,
];

export function isNotDeliveredText(text: string): boolean {
  return NOT_DELIVERED.some((re) => re.test(text));
}

/** "No refund" notices: void as a blanket rule for undelivered or defective goods (issue #6, R11). */
export const NO_REFUND =
  /(一经(售出|出售|购买|发货)[^。！!；;\n]{0,12}(不退|不换|不予退|概不)|(虚拟|数字)商品[^。！!；;\n]{0,10}不(支持|予|接受)?退(款|换|货))/;

/** Reason options of complaint / refund forms (§13H); a control offering two of these is a reason control. */
export const REASON_WORDS =
  /无效卡密|卡密无效|卡密错误|卡密已被使用|已被使用|未发货|未收到货|没收到|充值没到账|充值未到账|没到账|虚假商品|描述不符|不能购买|非法商品|侵权商品|其他投诉|其它问题|其他|业务补单|商品有问题|拍错|售后支持/;

/** Author role from a display name (§13I). */
export function authorOfName(name: string): ChatMessage['author'] | undefined {
  if (/系统/.test(name)) return 'system';
  if (/管理员|平台|官方客服|仲裁|上级/.test(name)) return 'platform';
  if (/客服|商家|卖家|商户|店主|掌柜/.test(name)) return 'merchant';
  if (/^我$|买家|^我[:：]?$/.test(name)) return 'buyer';
  return undefined;
}

/** Order-number shapes seen on real systems (§13G) plus the demo's KM… numbers. */
export const ORDER_NO_SHAPES: readonly RegExp[] = [
  /^[A-Z0-9]{16}$/, // dujiaoka
  /^\d{18}$/, // acg-faka
  /^[a-z0-9]{1,5}\d{19}$/, // zfaka
  /^\d{14}[A-Za-z0-9]{5}$/, // card-system
  /^[A-Za-z]{1,4}\d{12}[0-9a-f]{6,}$/, // qs-faka style
  /^Order\w+$/, // kamiFaka
  /^KM\d{18}$/, // demo 卡盟
];

/** A plausible order number: long enough, one token, mostly digits/letters. */
export function looksLikeOrderNo(value: string): boolean {
  const v = value.trim().replace(/^#/, '');
  if (ORDER_NO_SHAPES.some((re) => re.test(v))) return true;
  return /^[A-Za-z0-9_-]{8,40}$/.test(v) && /\d{6,}/.test(v);
}
