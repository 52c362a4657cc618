import type { ChainVerdict } from '../evidence/chain';
import type { EvidenceKind } from '../model/evidence';

export const KIND_LABEL: Record<EvidenceKind, string> = {
  'order-page': '订单页截图',
  'full-page': '整页截图',
  chat: '聊天记录',
  'card-key': '卡密截图',
  'failure-prompt': '失败提示',
  'product-page': '下单前商品页',
  'submitted-form': '提交的申请',
  'page-archive': '网页存档',
  'extracted-json': '提取数据',
  note: '记录',
};

const PROBLEM: Record<string, string> = {
  'bytes-altered': '文件内容与记录的哈希不符（被改动）',
  'bytes-missing': '文件丢失',
  'chain-broken': '哈希链断开（记录被改动）',
  'out-of-order': '记录缺失或顺序被打乱',
};

export function describeVerdict(v: ChainVerdict): string {
  if (v.ok) return v.count ? `证据链完整：${v.count} 份证据均未被改动` : '还没有证据';
  return `证据链有问题：第 ${v.first.seq} 份 — ${PROBLEM[v.first.problem] ?? v.first.problem}`;
}

export const shortHash = (sha256: string) => `${sha256.slice(0, 8)}…${sha256.slice(-4)}`;
