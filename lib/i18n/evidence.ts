import type { ChainProblem, ChainVerdict } from '../evidence/chain';
import type { EvidenceKind } from '../model/evidence';
import type { MessageKey } from './catalog';
import { pick, t } from './t';

/** Evidence kinds, zh-CN and English: pick() for the UI; the zh side for the printable zh-CN report. */
export const KIND_TEXT: Record<EvidenceKind, { zh: string; en: string }> = {
  'order-page': { zh: '订单页截图', en: 'Order page' },
  'full-page': { zh: '整页截图', en: 'Full page' },
  chat: { zh: '聊天记录', en: 'Chat' },
  'card-key': { zh: '卡密截图', en: 'Card key' },
  'failure-prompt': { zh: '失败提示', en: 'Failure prompt' },
  'product-page': { zh: '下单前商品页', en: 'Product page before buying' },
  'submitted-form': { zh: '提交的申请', en: 'Submitted form' },
  'page-archive': { zh: '网页存档', en: 'Page archive' },
  'extracted-json': { zh: '提取数据', en: 'Extracted data' },
  note: { zh: '记录', en: 'Note' },
};

/** zh-CN labels (the report and letters are written in Chinese whatever the UI language). */
export const KIND_LABEL = Object.fromEntries(Object.entries(KIND_TEXT).map(([k, v]) => [k, v.zh])) as Record<
  EvidenceKind,
  string
>;

/** The evidence kind in the UI's language. */
export const kindLabel = (kind: EvidenceKind): string => pick(KIND_TEXT[kind]);

const PROBLEM: Record<ChainProblem['problem'], MessageKey> = {
  'bytes-altered': 'domain_chain_bytes_altered',
  'bytes-missing': 'domain_chain_bytes_missing',
  'chain-broken': 'domain_chain_broken',
  'out-of-order': 'domain_chain_out_of_order',
};

export function describeVerdict(v: ChainVerdict): string {
  const removed = v.removed?.length ? ` ${t('domain_chain_removed', v.removed.length)}` : '';
  if (v.ok) return v.count ? t('domain_chain_ok', v.count) + removed : t('domain_chain_empty');
  return t('domain_chain_bad', v.first.seq, t(PROBLEM[v.first.problem]));
}

export const shortHash = (sha256: string) => `${sha256.slice(0, 8)}…${sha256.slice(-4)}`;
