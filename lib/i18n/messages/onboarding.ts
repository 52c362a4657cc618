/** onboarding strings (the page opened on install): [zh-CN, English]; see common.ts for the rules. */
export default {
  onboarding_title: ['欢迎使用卡盾', 'Welcome to CardShield'],
  onboarding_heading: ['卡盾已经装好了', 'CardShield is ready'],
  onboarding_lead: [
    '在卡盟 / 发卡网买东西时，卡盾在旁边替你留证据、盯发货、算退款。你照常购物就行，不需要任何设置。',
    'While you buy on card shops (卡盟 / 发卡网), CardShield keeps the evidence, watches the delivery and works out your refund. Shop as usual: nothing to set up.',
  ],
  onboarding_what_h: ['卡盾做什么', 'What CardShield does'],
  onboarding_card_detect_h: ['识别订单页', 'Recognises order pages'],
  onboarding_card_detect: [
    '打开订单详情或订单查询页，卡盾自动读出订单号、金额、状态、卡密和商家承诺的发货时间。',
    'Open an order page or order lookup: CardShield reads the order number, amount, status, card keys and the promised delivery time.',
  ],
  onboarding_card_evidence_h: ['自动取证', 'Captures evidence'],
  onboarding_card_evidence: [
    '首次看到订单、状态变化、卡密出现、商家发消息时自动截图；每份证据都有哈希，串成证据链，被改动能查出来。',
    'Screenshots at first sight, on status changes, when keys appear and when the merchant writes; every record is hashed into a chain, so changes are detectable.',
  ],
  onboarding_card_deadline_h: ['盯住发货承诺', 'Watches the promise'],
  onboarding_card_deadline: [
    '商家超过承诺时间还没发货，卡盾会通知你、在图标上显示数字，并再截一张图。',
    'If the merchant misses the promised time, CardShield notifies you, shows a count on its icon and takes another screenshot.',
  ],
  onboarding_card_refund_h: ['帮你退款', 'Helps you get refunded'],
  onboarding_card_refund: [
    '判断能不能退款、还缺什么证据、下一步找谁；替你写好给商家和平台的话，填好退款表单，导出证据包。',
    'Tells you whether a refund is likely, which evidence is missing and what to do next; drafts your messages, fills refund forms and exports an evidence package.',
  ],
  onboarding_local_h: ['数据只在你的电脑上', 'Your data stays on this computer'],
  onboarding_local_stores: [
    '卡盾保存：识别到的订单、截图和网页存档、聊天记录、你提交的退款表单、时间线，以及你的设置。',
    'CardShield keeps: the orders it recognised, screenshots and page archives, chat transcripts, the refund forms you submitted, the timeline and your settings.',
  ],
  onboarding_local_where: [
    '这些都保存在本浏览器的扩展数据里。卡盾不会向任何服务器发送任何内容，没有账号，也没有统计。',
    'All of it lives in this browser’s extension storage. CardShield sends nothing to any server: no account, no analytics.',
  ],
  onboarding_local_backup: [
    '卸载扩展或清除浏览器数据会删掉证据：进行中的订单会自动复制一份证据包到“下载/CardShield”，也请定期备份。',
    'Uninstalling the extension or clearing browser data deletes the evidence: open cases are copied to Downloads/CardShield automatically; back up regularly too.',
  ],
  onboarding_perm_h: ['权限说明', 'Permissions in plain words'],
  onboarding_perm_intro: [
    '安装时浏览器列出的每项权限，卡盾用它做什么：',
    'What CardShield does with each permission the browser listed at install:',
  ],
  onboarding_perm_hosts: ['读取和更改所有网站上的数据', 'Read and change data on all websites'],
  onboarding_perm_hosts_why: [
    '卡盟的网址无法事先列全：卡盾要在陌生商城上判断是不是订单页并自动截图。不是卡盟的页面，它看一眼就停下。',
    'Card shops cannot be listed in advance: CardShield must recognise order pages and screenshot them on shops it has never seen. On other pages it stops after a glance.',
  ],
  onboarding_perm_storage: ['存储（含不限容量）', 'Storage (unlimited)'],
  onboarding_perm_storage_why: [
    '把证据和截图存在本机；不限容量可避免浏览器在空间紧张时清掉证据。',
    'Keeps evidence and screenshots on this computer; “unlimited” stops the browser from evicting them when space runs low.',
  ],
  onboarding_perm_alarms: ['定时提醒', 'Alarms'],
  onboarding_perm_alarms_why: [
    '每个待发货订单一个到期提醒，浏览器后台休眠后也会准时触发。',
    'One timer per order awaiting delivery; it fires on time even after the background went to sleep.',
  ],
  onboarding_perm_notifications: ['通知', 'Notifications'],
  onboarding_perm_notifications_why: [
    '商家超时未发货时提醒你，并告诉你手动取证的结果。',
    'Tells you when a merchant is late, and the result of a capture you asked for.',
  ],
  onboarding_perm_menus: ['右键菜单', 'Context menu'],
  onboarding_perm_menus_why: [
    '右键菜单里的“立即取证 / 整页取证”。',
    'The “capture now / full page” menu items.',
  ],
  onboarding_perm_scripting: ['在网页中运行脚本', 'Run scripts in pages'],
  onboarding_perm_scripting_why: [
    '只在疑似卡盟的页面读取订单信息，整页截图时滚动页面。',
    'Reads order details only on likely card-shop pages, and scrolls the page during a full-page capture.',
  ],
  onboarding_perm_activetab: ['当前标签页', 'Active tab'],
  onboarding_perm_activetab_why: [
    '你点“立即取证”或按 Alt+Shift+S 时截取当前页面。',
    'Captures the current page when you click “capture now” or press Alt+Shift+S.',
  ],
  onboarding_perm_downloads: ['下载', 'Downloads'],
  onboarding_perm_downloads_why: [
    '把证据包、导出文件和备份存到你的“下载”文件夹。',
    'Saves evidence packages, exports and backups to your Downloads folder.',
  ],
  onboarding_perm_pagecapture: ['网页存档', 'Page capture'],
  onboarding_perm_pagecapture_why: [
    '把整个网页存成一个 MHTML 文件，作为截图之外的补充证据。',
    'Saves the whole page as one MHTML file, as evidence next to the screenshots.',
  ],
  onboarding_perm_offscreen: ['离屏文档', 'Offscreen document'],
  onboarding_perm_offscreen_why: [
    '在后台拼接长截图、加上取证信息条并无损压缩。',
    'Stitches long screenshots, adds the evidence band and compresses them losslessly, out of sight.',
  ],
  onboarding_next_h: ['接下来', 'Next'],
  onboarding_next_text: [
    '打开任意卡盟的订单页，点工具栏上的卡盾图标就能看到订单、倒计时和退款建议。想改截图选项、暂停某个网站或填联系方式，去设置。',
    'Open an order page on any card shop and click the CardShield icon in the toolbar to see the order, countdowns and refund advice. To change capture options, pause a site or add your contact details, open the settings.',
  ],
  onboarding_settings_link: ['打开设置', 'Open settings'],
  onboarding_start: ['开始使用', 'Get started'],
  onboarding_start_hint: [
    '关闭此页即可，卡盾会在你浏览卡盟时自动工作。',
    'This page closes; CardShield works by itself while you browse card shops.',
  ],
} as const satisfies Record<string, readonly [string, string]>;
