/**
 * Refund-form filling notes shown to the buyer (on-page panel, popup) and background errors: [zh-CN, English].
 * What is typed INTO a form stays Chinese (lib/refund-form/plan.ts): it is read by the merchant or platform.
 */
export default {
  form_left_locked: [
    '该项被页面锁定，无法自动填写',
    'The page locks this field; it cannot be filled automatically',
  ],
  form_left_locked_untouched: ['该项被页面锁定，未改动', 'The page locks this field; left unchanged'],
  form_left_failed: [
    '自动填写没有成功，请手动填写',
    'Automatic filling did not work; please fill it in yourself',
  ],
  form_left_no_order: [
    '列表里没有订单 $1，请手动选择',
    'Order $1 is not in the list; please choose it yourself',
  ],
  form_left_no_amount: [
    '卡盾不知道订单金额，请填写',
    'CardShield does not know the order amount; please enter it',
  ],
  form_left_no_reason: [
    '没有与“$1”对应的选项，请自行选择最接近的一项',
    'No option matches “$1”; please choose the closest one',
  ],
  form_note_generic_reason: [
    '原因选了“$1”，具体问题已写进描述',
    'Reason set to “$1”; the actual problem is written in the description',
  ],
  form_left_no_contact: [
    '请填写你的联系方式（卡盾没有保存你的资料）',
    'Please enter your contact details (none saved in CardShield settings)',
  ],
  form_left_no_images: [
    '卡盾没有合适的图片证据，请自行上传截图',
    'CardShield has no suitable image evidence; please upload a screenshot yourself',
  ],
  form_left_captcha: ['请输入验证码', 'Please enter the verification code'],
  form_left_yourself: ['请自行填写', 'Please fill this in yourself'],
  form_note_too_big: [
    '证据 #$1 太大（$2，上限 $3），已改用其他证据',
    'Evidence #$1 is too large ($2, limit $3); other evidence used instead',
  ],
  form_busy: ['正在填写，请稍候', 'Filling in progress, please wait'],
  form_problem_not_delivered: ['付款后未发货', 'not delivered after payment'],
  form_problem_partial_delivery: ['只发了部分货', 'only partly delivered'],
  form_problem_not_credited: ['充值未到账', 'top-up not credited'],
  form_problem_late_cancelled: ['超时未发货', 'not delivered in time'],
  form_problem_late_used: ['超时发货', 'delivered late'],
  form_problem_invalid_key: ['卡密无效', 'invalid card key'],
  form_problem_partial_invalid: ['部分卡密无效', 'some card keys invalid'],
  form_problem_mismatch: ['商品与描述不符', 'not as described'],
  form_problem_physical_return: ['实体卡退货', 'physical card return'],
  form_problem_physical_opened: ['实体卡已拆封', 'physical card opened'],
  form_problem_changed_mind: ['不想要了', 'changed my mind'],
  form_problem_buyer_mistake: ['拍错了', 'ordered by mistake'],
  form_problem_other: ['其他问题', 'other problem'],
  err_bad_message: ['消息格式无效：$1', 'Invalid message: $1'],
  err_bad_answer: [
    '回答无效：未知的问题或不允许的答案',
    'Invalid answer: unknown question or value not allowed',
  ],
  err_case_corrupt: [
    '这个订单的维权记录已损坏，无法读取（$1）：$2',
    'The case record of this order is damaged and cannot be read ($1): $2',
  ],
  backup_unreadable: ['无法读取备份：$1', 'Cannot read the backup: $1'],
  backup_not_backup: [
    '这不是卡盾备份文件：缺少 backup.json（证据包请在“核验证据包”中导入）',
    'This is not a CardShield backup: backup.json is missing (evidence packages go to “Verify a package”)',
  ],
  backup_bad_json: [
    '备份已损坏：backup.json 不是有效的 JSON',
    'The backup is damaged: backup.json is not valid JSON',
  ],
  backup_bad_format: [
    '这不是卡盾备份文件（格式标识不符）',
    'This is not a CardShield backup (wrong format marker)',
  ],
  backup_bad_version: [
    '不支持的备份版本：$1（本版本支持 $2）',
    'Unsupported backup version: $1 (this version reads $2)',
  ],
  backup_newer: [
    '备份来自更新版本的卡盾（数据库版本 $1），请先升级扩展',
    'The backup comes from a newer CardShield (database version $1); update the extension first',
  ],
  backup_invalid: ['备份内容无效：$1', 'The backup content is invalid: $1'],
  backup_count_mismatch: [
    '备份不完整：记录数与备份清单不符',
    'The backup is incomplete: record counts differ from its list',
  ],
  backup_missing_file: ['备份不完整：缺少文件 $1', 'The backup is incomplete: file $1 is missing'],
  backup_hash_mismatch: [
    '备份已损坏：文件 $1 的内容与其 SHA-256 不符',
    'The backup is damaged: file $1 does not match its SHA-256',
  ],
  backup_extra_file: ['备份中有清单外的文件：$1', 'The backup holds a file not in its list: $1'],
  backup_dup_orders: ['备份无效：订单重复', 'The backup is invalid: duplicate orders'],
  backup_dup_ids: ['备份无效：$1编号重复', 'The backup is invalid: duplicate $1 ids'],
  backup_what_evidence: ['证据', 'evidence'],
  backup_what_events: ['时间线事件', 'timeline event'],
  backup_orphan: [
    '备份无效：证据 #$1 属于不存在的订单',
    'The backup is invalid: evidence #$1 belongs to no order',
  ],
  backup_blob_missing: [
    '备份不完整：证据 #$1 的文件缺失',
    'The backup is incomplete: the file of evidence #$1 is missing',
  ],
  backup_dup_seq: [
    '备份无效：订单 $1 的第 $2 份证据重复',
    'The backup is invalid: evidence no. $2 of order $1 appears twice',
  ],
  backup_no_cases_table: [
    '这个版本的卡盾没有维权记录表，无法恢复备份中的维权记录',
    'This CardShield version has no case table and cannot restore the backup’s cases',
  ],
  backup_not_empty: [
    '当前数据库中已有数据：恢复会替换全部现有数据，请确认“替换现有数据”后再试',
    'The database already holds data: restoring replaces all of it; confirm “Replace existing data” and try again',
  ],
  err_no_mhtml: ['此浏览器不支持网页存档（MHTML）', 'This browser cannot save page archives (MHTML)'],
  err_form_no_order: ['提交的表单无法关联到订单', 'The submitted form could not be linked to an order'],
} as const satisfies Record<string, readonly [string, string]>;
