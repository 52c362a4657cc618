// Goods of the demo shop, scenario ids and realistic key generators.

export const SCENARIOS = [
  'instant',
  'late',
  'never',
  'invalid-key',
  'partial',
  'manual-topup',
  'offsite',
  'no-refund',
  'balance-fee',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const PAY_METHODS = {
  wechat: '微信支付',
  alipay: '支付宝',
  balance: '站内余额',
  bank: '银行卡',
} as const;
export type PayMethod = keyof typeof PAY_METHODS;

export const SKINS = ['kameng', 'dujiaoka', 'acg'] as const;
export type Skin = (typeof SKINS)[number];

export type DeliveryKind = 'auto' | 'manual' | 'topup';
export const DELIVERY_LABEL: Record<DeliveryKind, string> = {
  auto: '自动发货',
  manual: '手动发货',
  topup: '人工直充',
};

export type KeyStyle = 'cardpwd' | 'groups4' | 'groups5';

export interface Goods {
  id: number;
  name: string;
  category: '游戏点卡' | '视频会员' | '话费直充' | '软件激活';
  price: number; // cents
  stock: number;
  sold: number;
  delivery: DeliveryKind;
  promise: string;
  keyStyle: KeyStyle;
  /** Scenario used when a buyer checks out through the web UI. */
  scenario: Scenario;
  noRefund?: boolean;
  summary: string;
}

const AUTO_10 = '付款后10分钟内自动发货';

export const GOODS: readonly Goods[] = [
  {
    id: 1,
    name: '网易一卡通 50元 点卡',
    category: '游戏点卡',
    price: 4850,
    stock: 326,
    sold: 18342,
    delivery: 'auto',
    promise: AUTO_10,
    keyStyle: 'cardpwd',
    scenario: 'instant',
    summary: '适用于梦幻西游、大话西游、逆水寒等网易全系游戏',
  },
  {
    id: 2,
    name: '腾讯视频VIP会员 月卡',
    category: '视频会员',
    price: 1580,
    stock: 1204,
    sold: 50871,
    delivery: 'auto',
    promise: AUTO_10,
    keyStyle: 'groups4',
    scenario: 'late',
    summary: '激活码兑换，31天腾讯视频VIP，不支持电视端',
  },
  {
    id: 3,
    name: '爱奇艺黄金VIP会员 季卡',
    category: '视频会员',
    price: 4500,
    stock: 88,
    sold: 9623,
    delivery: 'auto',
    promise: AUTO_10,
    keyStyle: 'groups4',
    scenario: 'invalid-key',
    summary: '官方激活码，92天黄金VIP，手机/电脑/平板通用',
  },
  {
    id: 4,
    name: '中国移动 话费直充 100元',
    category: '话费直充',
    price: 9850,
    stock: 999,
    sold: 27410,
    delivery: 'topup',
    promise: '人工直充，付款后2小时内到账',
    keyStyle: 'cardpwd',
    scenario: 'manual-topup',
    summary: '全国移动号码通用，请填写正确的11位手机号',
  },
  {
    id: 5,
    name: 'Steam 钱包充值卡 100元（国区）',
    category: '游戏点卡',
    price: 9600,
    stock: 41,
    sold: 6120,
    delivery: 'auto',
    promise: AUTO_10,
    keyStyle: 'groups5',
    scenario: 'never',
    summary: '仅限蒸汽平台国区账号，兑换后直接存入钱包',
  },
  {
    id: 6,
    name: 'Windows 11 专业版 零售密钥',
    category: '软件激活',
    price: 2990,
    stock: 57,
    sold: 3307,
    delivery: 'manual',
    promise: '付款后30分钟内人工发货',
    keyStyle: 'groups5',
    scenario: 'balance-fee',
    summary: '一机一码，支持 Windows 10/11 家庭版升级专业版',
  },
  {
    id: 7,
    name: '优酷VIP会员 年卡',
    category: '视频会员',
    price: 11800,
    stock: 230,
    sold: 4410,
    delivery: 'auto',
    promise: AUTO_10,
    keyStyle: 'groups4',
    scenario: 'no-refund',
    noRefund: true,
    summary: '特价年卡，365天优酷VIP，不支持投屏',
  },
  {
    id: 8,
    name: '剑网3 通宝卡 100元',
    category: '游戏点卡',
    price: 9500,
    stock: 12,
    sold: 2281,
    delivery: 'auto',
    promise: AUTO_10,
    keyStyle: 'cardpwd',
    scenario: 'offsite',
    summary: '剑侠情缘网络版叁 官方通宝充值卡',
  },
];

export const CATEGORIES = ['游戏点卡', '视频会员', '话费直充', '软件激活'] as const;

/** Default goods for a scenario created through the control API without goodsId. */
export const SCENARIO_GOODS: Record<Scenario, number> = {
  instant: 1,
  late: 2,
  never: 5,
  'invalid-key': 3,
  partial: 1,
  'manual-topup': 4,
  offsite: 8,
  'no-refund': 7,
  'balance-fee': 6,
};

export function findGoods(id: number): Goods | undefined {
  return GOODS.find((g) => g.id === id);
}
