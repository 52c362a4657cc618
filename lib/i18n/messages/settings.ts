/** settings strings (the settings page and the popup's pause toggle): [zh-CN, English]; see common.ts for the rules. */
export default {
  settings_title: ['设置 · 卡盾', 'Settings · CardShield'],
  settings_heading: ['设置', 'Settings'],
  settings_intro: [
    '这些设置只保存在本机，卡盾不会上传任何内容。',
    'These settings stay on this computer; CardShield uploads nothing.',
  ],
  settings_nav: ['设置分区', 'Settings sections'],
  settings_open_onboarding: ['卡盾能做什么？查看入门介绍', 'What does CardShield do? See the introduction'],
  settings_saving: ['正在保存…', 'Saving…'],
  settings_saved: ['已保存', 'Saved'],
  settings_save_failed: ['保存失败：$1', 'Could not save: $1'],
  settings_fix_errors: ['请先改正标出的错误', 'Please correct the marked fields first'],

  // Profile
  settings_profile_h: ['买家资料', 'Buyer profile'],
  settings_profile_intro: [
    '只在你让卡盾填写退款或投诉表单时使用，用来填联系方式。留空的项目不会被填写。',
    'Used only when you ask CardShield to fill a refund or complaint form, for the contact fields. Empty fields are never filled.',
  ],
  settings_profile_legend: ['联系方式', 'Contact details'],
  settings_profile_qq: ['QQ 号', 'QQ number'],
  settings_profile_qq_hint: ['5–12 位数字', '5–12 digits'],
  settings_profile_phone: ['手机号', 'Mobile phone'],
  settings_profile_phone_hint: [
    '中国大陆手机号，或以 + 开头的国际号码',
    'A mainland China mobile number, or an international number starting with +',
  ],
  settings_profile_email: ['邮箱', 'Email'],
  settings_profile_email_hint: ['例如 name@example.com', 'For example name@example.com'],
  settings_profile_err_qq: [
    'QQ 号应为 5–12 位数字，且不以 0 开头',
    'A QQ number has 5–12 digits and does not start with 0',
  ],
  settings_profile_err_phone: [
    '手机号格式不对：应为 11 位中国大陆手机号（可带 +86），或以 + 开头的国际号码',
    'Not a valid phone number: use an 11-digit mainland number (optionally +86) or an international number starting with +',
  ],
  settings_profile_err_email: ['邮箱格式不对', 'Not a valid email address'],
  settings_profile_save: ['保存资料', 'Save profile'],

  // Paused sites
  settings_paused_h: ['暂停的网站', 'Paused sites'],
  settings_paused_intro: [
    '在这些网站上卡盾什么也不做：不识别订单、不自动截图。你手动点“立即取证”时仍会截图。子域名一并暂停。',
    'On these sites CardShield does nothing: no order detection, no automatic screenshots. Captures you ask for still work. Subdomains are paused too.',
  ],
  settings_paused_empty: ['没有暂停任何网站。', 'No site is paused.'],
  settings_paused_list: ['已暂停的网站', 'Paused sites'],
  settings_paused_add_label: ['网站地址', 'Site address'],
  settings_paused_add_hint: [
    '例如 shop.example.cn 或完整网址；带端口号时只暂停该端口',
    'For example shop.example.cn or a full URL; with a port only that port is paused',
  ],
  settings_paused_add: ['暂停这个网站', 'Pause this site'],
  settings_paused_err: ['这不是有效的网站地址', 'This is not a valid site address'],
  settings_paused_dup: ['这个网站已经暂停了', 'This site is already paused'],
  settings_paused_resume: ['恢复', 'Resume'],
  settings_paused_resume_label: ['恢复 $1', 'Resume $1'],

  // Capture options
  settings_capture_h: ['取证选项', 'Capture options'],
  settings_capture_legend: ['自动取证时', 'When capturing automatically'],
  settings_capture_band: ['在截图上加取证信息条', 'Burn an evidence band into screenshots'],
  settings_capture_band_hint: [
    '截图底部写上网址、北京时间和订单号，便于平台和 12315 核对。',
    'The URL, Beijing time and order number at the bottom of each screenshot, for the platform and 12315 to check.',
  ],
  settings_capture_fullpage: ['卡密出现时截取整页', 'Capture the whole page when card keys appear'],
  settings_capture_fullpage_hint: [
    '卡密常在页面下方：整页截图（滚动拼接）能完整保留发货内容；关闭后只截当前可见部分。',
    'Keys are often below the fold: a full-page capture (scroll and stitch) keeps the whole delivery; off: only the visible part.',
  ],
  settings_capture_mhtml: ['同时保存网页存档（MHTML）', 'Also save a page archive (MHTML)'],
  settings_capture_mhtml_hint: [
    '每次自动截图时再存一份完整网页（含文字和图片），文件较大。',
    'Keeps a complete copy of the page (text and images) next to each automatic screenshot; files are larger.',
  ],

  // Promises
  settings_promise_h: ['默认发货承诺', 'Default delivery promises'],
  settings_promise_intro: [
    '页面和商品页都没写发货时间时，卡盾按这些时间判断商家是否超时。',
    'When neither the order page nor the product page states a delivery time, CardShield judges lateness by these.',
  ],
  settings_promise_legend: ['默认发货时间', 'Default delivery times'],
  settings_promise_auto: ['自动发货（分钟）', 'Automatic delivery (minutes)'],
  settings_promise_auto_hint: ['1–1440 分钟，默认 $1', '1–1440 minutes, default $1'],
  settings_promise_manual: ['人工发货 / 直充（小时）', 'Manual delivery / top-up (hours)'],
  settings_promise_manual_hint: ['1–720 小时，默认 $1', '1–720 hours, default $1'],
  settings_promise_grace: ['“立即发货”的宽限（分钟）', 'Grace for “delivered immediately” (minutes)'],
  settings_promise_grace_hint: ['1–120 分钟，默认 $1', '1–120 minutes, default $1'],
  settings_promise_err_range: ['请输入 $1 到 $2 之间的整数', 'Enter a whole number from $1 to $2'],
  settings_promise_save: ['保存发货承诺', 'Save delivery promises'],
  settings_reset_defaults: ['恢复默认', 'Reset to defaults'],

  // Deadline rules
  settings_deadlines_h: ['维权期限规则', 'Case deadline rules'],
  settings_deadlines_intro: [
    '各平台处理退款、投诉和介入的期限（小时）。留空即使用默认值；平台规则变了可以在这里改。',
    'Each platform’s deadlines for refunds, complaints and intervention, in hours. Leave empty for the default; change them here if a platform’s rules change.',
  ],
  settings_deadlines_default: ['默认 $1 小时', 'Default $1 h'],
  settings_deadlines_basis: ['依据：$1', 'Basis: $1'],
  settings_deadlines_err: ['请输入大于 0 的小时数（最多 87600）', 'Enter hours above 0 (at most 87600)'],
  settings_deadlines_save: ['保存 $1 的期限', 'Save the deadlines of $1'],
  settings_deadlines_reset: ['恢复 $1 的默认期限', 'Reset $1 to the defaults'],
  settings_deadlines_overridden: ['已改：$1 项', 'Changed: $1'],
  settings_family_demo_kameng: ['星辰卡盟（演示平台）', 'Xingchen Kameng (demo platform)'],
  settings_family_qs_faka: ['企业发卡（qs-faka）', 'qs-faka'],
  settings_family_fakanet: ['寄售发卡平台（fakanet）', 'fakanet consignment platform'],
  settings_family_caihong: ['彩虹自助下单系统', 'Caihong self-service shop'],
  settings_family_default: ['其他发卡网（通用规则）', 'Other card shops (general rules)'],

  // Storage
  settings_storage_h: ['存储与清理', 'Storage and clean-up'],
  settings_storage_used: ['已用空间', 'Space used'],
  settings_storage_quota: ['可用上限', 'Quota'],
  settings_storage_orders: ['订单', 'Orders'],
  settings_storage_evidence: ['证据记录', 'Evidence records'],
  settings_storage_unknown: ['无法读取', 'Unavailable'],
  settings_cleanup_h: ['清理已结束的订单', 'Clean up closed cases'],
  settings_cleanup_intro: [
    '删除所选订单的截图和网页存档以释放空间；聊天记录、提交的表单等文字证据保留。清理本身会作为一条记录写入该订单的证据链（列出被删除文件的哈希），核验时显示“已清理”而不是“被篡改”。清理前建议先导出证据包。',
    'Deletes the screenshots and page archives of the chosen orders to free space; chat transcripts, submitted forms and other text evidence stay. The clean-up itself is written into the order’s evidence chain (with the hashes of the removed files), so verification shows “cleaned up”, not “tampered”. Export the evidence package first.',
  ],
  settings_cleanup_days: ['已结束超过（天）', 'Closed for more than (days)'],
  settings_cleanup_pick_closed: ['选择已结束超过 $1 天的订单', 'Select cases closed for more than $1 days'],
  settings_cleanup_list: ['可清理的订单', 'Orders that can be cleaned up'],
  settings_cleanup_none: ['没有可清理的截图。', 'No screenshots to clean up.'],
  settings_cleanup_row: ['$1 · $2 · $3 份截图/存档，约 $4', '$1 · $2 · $3 screenshots/archives, about $4'],
  settings_cleanup_closed: ['已结束', 'Closed'],
  settings_cleanup_open: ['进行中', 'Open'],
  settings_cleanup_go: ['清理所选订单', 'Clean up the selected orders'],
  settings_cleanup_confirm: [
    '将删除 $1 个订单的 $2 份截图/存档（约 $3）。此操作无法撤销，但会记入证据链。确定吗？',
    'This deletes $2 screenshots/archives of $1 orders (about $3). It cannot be undone, but it is recorded in the evidence chain. Continue?',
  ],
  settings_cleanup_confirm_yes: ['确认清理', 'Yes, clean up'],
  settings_cleanup_running: ['正在清理…', 'Cleaning up…'],
  settings_cleanup_done: ['已清理 $1 个订单的 $2 份文件。', 'Cleaned up $2 files of $1 orders.'],
  settings_cleanup_failed: ['清理失败：$1', 'Clean-up failed: $1'],
  settings_cleanup_verified: [
    '订单 $1：证据链完整（$2 份记录），第 $3 份的文件已于 $4 按你的要求清理，见第 $5 份（清理记录）。',
    'Order $1: evidence chain intact ($2 records); the files of #$3 were cleaned up at your request at $4, see #$5 (clean-up record).',
  ],
  settings_cleanup_broken: ['订单 $1：$2', 'Order $1: $2'],
  settings_cleanup_nothing: ['订单 $1：没有需要清理的文件。', 'Order $1: no files left to clean up.'],

  // Popup toggle
  settings_pause_toggle: ['在此网站暂停卡盾', 'Pause CardShield on this site'],
  settings_pause_toggle_hint: [
    '暂停后不识别订单、不自动截图：$1',
    'While paused: no order detection, no automatic screenshots on $1',
  ],
  settings_paused_banner: ['卡盾已在 $1 暂停。', 'CardShield is paused on $1.'],
} as const satisfies Record<string, readonly [string, string]>;
