/**
 * Strings shared by every extension page. Each entry is [zh-CN, English]; `$1`…`$9` are substitutions.
 * Keys: letters, digits and underscores only (chrome.i18n message names), prefixed by their area.
 */
export default {
  extName: ['卡盾 CardShield', 'CardShield'],
  extDescription: [
    '卡盟 / 发卡网买家的维权助手：自动取证、超时提醒、退款资格判断与退款申请填写。数据只存在本机。',
    'Stands by buyers on Chinese card platforms: automatic evidence, delivery-timeout alerts, refund eligibility and refund-form filling. Everything stays on this computer.',
  ],
  /** Which catalogue the browser picked: 'zh' or 'en' (used to choose bilingual domain texts). */
  lang_code: ['zh', 'en'],
  /** BCP 47 tag for <html lang>. */
  lang_tag: ['zh-CN', 'en'],
  common_brand: ['卡盾', 'CardShield'],
  common_tagline: [
    '卡盟买家维权助手 · 证据只存本机',
    'Buyer protection for card shops · evidence stays on this computer',
  ],
  common_disclaimer: [
    '本工具提供的是维权参考，不构成法律意见。',
    'CardShield gives guidance, not legal advice.',
  ],
  common_close: ['关闭', 'Close'],
  common_cancel: ['取消', 'Cancel'],
  common_save: ['保存', 'Save'],
  common_saved: ['已保存', 'Saved'],
  common_copy: ['复制', 'Copy'],
  common_copied: ['已复制', 'Copied'],
  common_loading: ['加载中…', 'Loading…'],
  common_none: ['无', 'None'],
  common_unknown: ['未知', 'Unknown'],
  common_dismiss: ['知道了', 'Got it'],
  common_open_case_page: ['打开维权中心', 'Open the case page'],
  common_open_settings: ['设置', 'Settings'],
  common_minutes: ['$1 分钟', '$1 min'],
  common_hours: ['$1 小时', '$1 h'],
  common_days: ['$1 天', '$1 days'],
} as const satisfies Record<string, readonly [string, string]>;
