// Data model of the demo platform (orders, refunds, appeals, chat).
import type { DeliveryKind, PayMethod, Scenario, Skin } from './catalog.ts';

export interface Evidence {
  name: string;
  size: number;
  type: string;
}
export interface RefundRequest {
  amount: number;
  reason: string;
  description: string;
  evidence: Evidence[];
  createdAt: number;
  state: 'pending' | 'accepted' | 'rejected';
  resolvedAt?: number;
  note?: string;
  by?: 'merchant' | 'platform';
  destination?: '原路返回' | '站内余额';
  fee?: number;
}
export interface Appeal {
  reason: string;
  description: string;
  evidence: Evidence[];
  createdAt: number;
  outcome?: 'accepted' | 'rejected';
  resolvedAt?: number;
  note?: string;
}
export type MessageFrom = 'merchant' | 'buyer' | 'system';
export interface ChatMessage {
  id: number;
  from: MessageFrom;
  author: string;
  text: string;
  at: number;
}
export type Shipped = 'none' | 'partial' | 'full' | 'failed';

export interface Order {
  orderNo: string;
  skin: Skin;
  scenario: Scenario;
  goodsId: number;
  goodsName: string;
  unitPrice: number;
  quantity: number;
  amount: number;
  payMethod: PayMethod;
  delivery: DeliveryKind;
  promise: string;
  noRefund: boolean;
  account?: string;
  email: string;
  delaySeconds: number;
  createdAt: number;
  paidAt?: number;
  closedAt?: number;
  deliveredAt?: number;
  shipped: Shipped;
  keys: string[];
  topupNote?: string;
  refund?: RefundRequest;
  appeal?: Appeal;
  messages: ChatMessage[];
}

export interface CreateOrderInput {
  scenario: Scenario;
  goodsId?: number;
  payMethod?: PayMethod;
  quantity?: number;
  delaySeconds?: number;
  skin?: Skin;
  paid?: boolean;
  goodsName?: string;
  account?: string;
  email?: string;
  /** Creation time (seed data); defaults to clock.now(). */
  at?: number;
  /** Shop's delivery promise for this order instead of the goods' own (e.g. "付款后1分钟内自动发货"). */
  promise?: string;
}
