/**
 * background strings (context menu, notifications, the keyboard command, errors the popup shows): [zh-CN,
 * English]; see common.ts for the rules.
 */
export default {
  bg_command_capture: [
    '立即取证：截取当前页面并写入证据链',
    'Capture now: screenshot this page into the evidence chain',
  ],
  bg_menu_capture: ['卡盾：立即取证（当前画面）', 'CardShield: capture now (visible part)'],
  bg_menu_capture_full: ['卡盾：整页取证', 'CardShield: capture the full page'],
  bg_captured_title: ['卡盾：已取证', 'CardShield: evidence captured'],
  bg_captured_message: [
    '截图已保存并写入证据链。',
    'The screenshot is saved and added to the evidence chain.',
  ],
  bg_capture_failed_title: ['卡盾：未能取证', 'CardShield: capture failed'],
  bg_breach_title: ['卡盾：商家超时未发货', 'CardShield: the merchant missed the delivery time'],
  bg_breach_message: [
    '订单 $1已超过承诺的发货时间$2。证据已保存，可以申请退款。',
    'Order $1 is past the promised delivery time$2. The evidence is saved; you can ask for a refund.',
  ],
  bg_breach_product: ['$1（$2）', '$1 ($2)'],
  bg_breach_minutes: [' $1', ' of $1'],

  // Errors the popup and the export page show
  bg_order_not_found: ['找不到这个订单', 'Order not found'],
  bg_archive_failed: ['页面存档失败', 'Saving the page archive failed'],
  bg_no_linked_order: [
    '还没有可关联的订单：请先打开订单页，或在弹窗中选择订单',
    'No order to link to yet: open the order page first, or pick the order in the popup',
  ],
  bg_tab_not_front: [
    '页面不在前台：切回该页面后会自动截图',
    'The page is not in front: the screenshot is taken when you switch back to it',
  ],
  bg_fill_no_access: [
    '无法在这个页面填写（浏览器内置页面，或卡盾没有这个网站的权限）',
    'Cannot fill in this page (a built-in browser page, or CardShield has no access to this site)',
  ],
  bg_fill_no_form: [
    '这个页面上没有找到退款、投诉或工单表单（页面可能还在加载，请稍后再试）',
    'No refund, complaint or ticket form found on this page (it may still be loading; try again shortly)',
  ],
  bg_fill_no_order: [
    '卡盾还没有记录这个网站的订单：请先打开订单详情页',
    'CardShield has no order from this site yet: open the order page first',
  ],
  bg_fill_incomplete: [
    '页面没有完成填写（可能刚刚刷新），请再试一次',
    'The page did not finish filling in (it may have just reloaded); please try again',
  ],
  bg_no_downloads: [
    '没有“下载”权限，无法自动保存到下载文件夹',
    'No “downloads” permission: cannot save to the Downloads folder',
  ],
  bg_autocopy_off: ['已关闭自动保存', 'Automatic saving is off'],
  bg_order_closed: ['订单已结束', 'The order is closed'],
  bg_case_future: [
    '事件时间晚于现在，请检查电脑时间',
    'The event is in the future: check the computer’s clock',
  ],
  bg_case_bad_answer: [
    '回答无效：未知的问题或不允许的答案',
    'Invalid answer: unknown question or answer not allowed',
  ],
  bg_case_wrong_step: ['当前步骤“$1”不能记录“$2”', 'The current step “$1” cannot record “$2”'],
  bg_event_MESSAGE_SENT: ['已联系商家', 'Merchant contacted'],
  bg_event_MERCHANT_AGREED: ['商家同意退款', 'Merchant agreed to refund'],
  bg_event_MERCHANT_REFUSED: ['商家拒绝', 'Merchant refused'],
  bg_event_REFUND_REQUESTED: ['已提交退款申请', 'Refund request filed'],
  bg_event_INTERVENTION_REQUESTED: ['已申请平台介入', 'Platform intervention requested'],
  bg_event_PLATFORM_REJECTED: ['平台驳回', 'Platform rejected'],
  bg_event_REFUND_ISSUED: ['退款已发起', 'Refund issued'],
  bg_event_ARRIVED: ['退款到账', 'Refund arrived'],
  bg_event_ABANDONED: ['结束维权', 'Case closed'],

  // The on-page panel after a fill (content script, shadow DOM)
  bg_panel_label: ['卡盾自动填写', 'CardShield form filling'],
  bg_panel_close: ['关闭', 'Close'],
  bg_panel_filled_count: ['卡盾已填写 $1 项', 'CardShield filled in fields: $1'],
  bg_panel_filled: ['已填写（绿框标出）', 'Filled in (outlined in green)'],
  bg_panel_left: ['还需要你处理', 'Still up to you'],
  bg_panel_notes: ['说明', 'Notes'],
  bg_panel_never_submits: [
    '卡盾不会替你提交。请逐项核对后，自己点击页面上的提交按钮。',
    'CardShield never submits for you. Check every field, then click the page’s submit button yourself.',
  ],
} as const satisfies Record<string, readonly [string, string]>;
