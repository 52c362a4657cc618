/** Evidence package, report, verification, backup and restore (issue #8). */
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupRefused,
  createBackup,
  parseBackup,
  restoreBackup,
} from './backup';
export type { BackupCounts, BackupResult, RestoreResult } from './backup';
export { loadBundle, type OrderBundle } from './collect';
export { CHAIN_FORMULA, Manifest, MANIFEST_FORMAT, MANIFEST_PATH, MANIFEST_VERSION } from './manifest';
export { buildPackage, composeLetters, exportOrderPackage } from './package';
export type { Letters, OrderPackage, PackageOptions } from './package';
export { buildReportHtml, esc } from './report';
export { describeResult, verifyPackage, type Problem, type ProblemCode, type VerifyResult } from './verify';
