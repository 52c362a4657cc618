/** File names inside the package and on disk. Pure. */
import type { EvidenceKind } from '../model/evidence';

const EXT: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/json': 'json',
  'text/html': 'html',
  'text/plain': 'txt',
  'multipart/related': 'mhtml',
  'application/x-mimearchive': 'mhtml',
  'video/webm': 'webm',
  'application/pdf': 'pdf',
};

export function extFor(mime: string): string {
  return EXT[mime.split(';')[0]!.trim().toLowerCase()] ?? 'bin';
}

/** `evidence/NN-<kind>-<short sha>.<ext>`: NN is the chain position, zero-padded to the widest seq. */
export function evidencePath(
  row: { seq: number; kind: EvidenceKind; sha256: string; mime: string },
  count: number,
): string {
  const nn = String(row.seq).padStart(Math.max(2, String(count).length), '0');
  return `evidence/${nn}-${row.kind}-${row.sha256.slice(0, 8)}.${extFor(row.mime)}`;
}

export const REPORT_PATH = 'report.html';
export const PLATFORM_LETTER_PATH = 'letters/platform-intervention-request.txt';
export const COMPLAINT_LETTER_PATH = 'letters/12315-complaint.txt';

/** One safe path segment for the Downloads folder: no separators, control or reserved characters. */
export function safeSegment(s: string, fallback = 'unknown'): string {
  const clean = s
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 80);
  return clean || fallback;
}

/** `cardshield-<site>-<orderNo>-<YYYYMMDD-HHmm>.zip` (UTC+8 time, the buyer's). */
export function packageFileName(site: string, orderNo: string, at: string): string {
  const d = new Date(Date.parse(at) + 8 * 3_600_000).toISOString();
  const stamp = `${d.slice(0, 10).replace(/-/g, '')}-${d.slice(11, 16).replace(':', '')}`;
  return `cardshield-${safeSegment(site)}-${safeSegment(orderNo)}-${stamp}.zip`;
}
