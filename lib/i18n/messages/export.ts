/**
 * export page strings: [zh-CN, English]; see common.ts for the rules. The package, its report and the letters
 * stay Chinese (they go to Chinese platforms and regulators): their English labels say so.
 */
export default {
  export_title: ['导出与备份 · 卡盾', 'Export and backup · CardShield'],
  export_heading: ['卡盾 · 导出与备份', 'CardShield · Export and backup'],

  // One order's package
  export_order_heading: ['导出证据包', 'Export an evidence package'],
  export_no_orders: ['还没有订单。', 'No orders yet.'],
  export_order: ['订单', 'Order'],
  export_order_meta: ['首次看到 $1 · 证据 $2 份', 'First seen $1 · evidence: $2'],
  export_platform_letter: [
    '平台介入申请（可编辑，导出时放入证据包）',
    'Platform intervention request, in Chinese (editable; goes into the package)',
  ],
  export_platform_letter_name: ['平台介入申请', 'Platform intervention request (in Chinese)'],
  export_complaint: [
    '12315 投诉书（可编辑；请补全「请填写…」处）',
    '12315 complaint, in Chinese (editable; complete the marked blanks)',
  ],
  export_complaint_name: ['12315 投诉书', '12315 complaint (in Chinese)'],
  export_zip: ['导出证据包（ZIP）', 'Export evidence package (ZIP)'],
  export_report: ['打开报告 / 打印为 PDF', 'Open report / print to PDF'],
  export_downloads: ['保存到下载文件夹', 'Save to the Downloads folder'],
  export_building: ['正在生成证据包…', 'Building the evidence package…'],
  export_read_failed: ['读取订单失败：$1', 'Could not read the order: $1'],
  export_saved_downloads: ['已保存到 下载/$1', 'Saved to Downloads/$1'],
  export_done_zip: [
    '已导出 $1：$2 份证据，链头 $3…$4',
    'Exported $1: $2 evidence record(s), chain head $3…$4',
  ],
  export_done_report: [
    '报告已在新标签页打开，按 Ctrl+P 可另存为 PDF：$1 份证据，链头 $2…$3',
    'The report opened in a new tab (Ctrl+P saves it as a PDF): $1 evidence record(s), chain head $2…$3',
  ],
  export_missing_files: ['；注意：第 $1 份证据的文件已丢失', '; note: the files of records $1 are missing'],
  export_failed: ['导出失败：$1', 'Export failed: $1'],

  // Verify a package
  export_verify_heading: ['核验证据包', 'Verify an evidence package'],
  export_verify_intro: [
    '选择一个卡盾证据包（ZIP）：重新计算每个文件的 SHA-256 和哈希链，指出被改动、缺失或多出的文件。',
    'Choose a CardShield evidence package (ZIP): every file’s SHA-256 and the hash chain are recomputed, and altered, missing or added files are named.',
  ],
  export_verify_pick: ['选择要核验的证据包', 'Choose the package to verify'],
  export_verify_unreadable: ['无法读取 $1：$2', 'Cannot read $1: $2'],
  export_verify_unreadable_generic: [
    '不是卡盾证据包，或文件已损坏',
    'not a CardShield evidence package, or the file is damaged',
  ],
  export_verify_intact: [
    '✓ $1：证据包完整。$2 份证据、$3 个文件的哈希与清单一致$4。',
    '✓ $1: the package is intact. The hashes of $2 evidence record(s) and $3 file(s) match the manifest$4.',
  ],
  export_verify_order: ['（订单 $1）', ' (order $1)'],
  export_verify_bad: [
    '✗ $1：证据包被改动或不完整（$2 处）',
    '✗ $1: the package was altered or is incomplete ($2 problem(s))',
  ],
  export_problem_record: ['$1（第 $2 份证据）：$3', '$1 (record $2): $3'],
  export_problem_file: ['$1：$2', '$1: $2'],
  export_problem_missing: ['文件缺失', 'file missing'],
  export_problem_altered: [
    '文件内容与清单中的 SHA-256 不一致（被改动）',
    'the file does not match the SHA-256 in the manifest (altered)',
  ],
  export_problem_chain_broken: [
    '哈希链断开：记录字段或哈希被改动',
    'the hash chain is broken: a record field or hash was altered',
  ],
  export_problem_out_of_order: ['记录缺失或顺序被打乱', 'records are missing or out of order'],
  export_problem_unexpected: ['清单中没有这个文件（被加入）', 'not in the manifest (added)'],
  export_problem_manifest_edited: [
    '清单（manifest.json）在导出后被改动',
    'the manifest (manifest.json) was changed after export',
  ],
  export_problem_manifest_invalid: [
    '清单（manifest.json）格式无效',
    'the manifest (manifest.json) is invalid',
  ],
  export_problem_head_mismatch: [
    '订单记录的链头与证据链不一致',
    'the order’s recorded chain head does not match the chain',
  ],

  // Backup and restore
  export_backup_heading: ['备份与恢复', 'Backup and restore'],
  export_backup_intro: [
    '证据只存在这个浏览器的扩展数据里：卸载扩展、清除浏览数据或换电脑都会让它消失。请定期备份，并把证据包保存到别处。',
    'Evidence lives only in this browser’s extension data: uninstalling the extension, clearing browsing data or changing computers loses it. Back up regularly and keep evidence packages elsewhere too.',
  ],
  export_backup_all: ['备份全部数据', 'Back up all data'],
  export_restore: ['从备份恢复', 'Restore from a backup'],
  export_restore_pick: ['选择备份文件', 'Choose a backup file'],
  export_replace: [
    '替换现有数据（恢复前清空当前数据库）',
    'Replace existing data (empties the current database first)',
  ],
  export_autocopy: [
    '进行中的订单有变化时，自动把证据包复制到“下载/CardShield/网站/订单号/”',
    'When an open order changes, copy its evidence package to “Downloads/CardShield/site/order no./”',
  ],
  export_backup_done: [
    '已备份：$1 个订单、$2 份证据、$3 个文件、$4 条时间线、$5 个维权记录$6',
    'Backed up: $1 orders, $2 evidence records, $3 files, $4 timeline events, $5 cases$6',
  ],
  export_backup_corrupt: [
    '；注意：$1 个文件与其哈希不符，这份备份将无法恢复',
    '; note: $1 files do not match their hashes, so this backup cannot be restored',
  ],
  export_backup_failed: ['备份失败：$1', 'Backup failed: $1'],
  export_restore_done: [
    '已恢复：$1 个订单、$2 份证据、$3 个文件、$4 条时间线、$5 个维权记录$6',
    'Restored: $1 orders, $2 evidence records, $3 files, $4 timeline events, $5 cases$6',
  ],
  export_restore_broken: [
    '；注意：$1 个订单的证据链在备份中就不完整',
    '; note: the evidence chains of $1 orders were already incomplete in the backup',
  ],
  export_restore_refused: ['未恢复，现有数据没有改动：$1', 'Nothing restored, your data is unchanged: $1'],
} as const satisfies Record<string, readonly [string, string]>;
