/** domain strings (evidence chain verdicts, refund channels): [zh-CN, English]; see common.ts for the rules. */
export default {
  domain_chain_ok: [
    '证据链完整：$1 份证据均未被改动',
    'Evidence chain intact: none of the $1 records was altered',
  ],
  domain_chain_removed: [
    '（其中 $1 份的文件已按你的要求清理，清理记录在链中）',
    '($1 of them had their files cleaned up at your request; the clean-up is recorded in the chain)',
  ],
  domain_chain_empty: ['还没有证据', 'No evidence yet'],
  domain_chain_bad: ['证据链有问题：第 $1 份 — $2', 'Evidence chain broken at record $1 — $2'],
  domain_chain_bytes_altered: [
    '文件内容与记录的哈希不符（被改动）',
    'the file does not match its recorded hash (altered)',
  ],
  domain_chain_bytes_missing: ['文件丢失', 'the file is missing'],
  domain_chain_broken: ['哈希链断开（记录被改动）', 'the hash chain is broken (a record was altered)'],
  domain_chain_out_of_order: ['记录缺失或顺序被打乱', 'records are missing or out of order'],
} as const satisfies Record<string, readonly [string, string]>;
