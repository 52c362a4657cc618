/** ZIP in and out (fflate: pure JS, same code in extension pages, the service worker and Node). */
import { unzipSync, zipSync, type Zippable } from 'fflate';

export type Files = Record<string, Uint8Array>;

/** Deterministic archive: entries in the given order, a fixed timestamp, images stored (already compressed). */
export function zipFiles(files: Files, mtime: string): Uint8Array {
  const when = new Date(Math.max(Date.parse(mtime) || 0, Date.UTC(1980, 1, 1)));
  const entries: Zippable = {};
  for (const [path, bytes] of Object.entries(files)) {
    const stored = /\.(png|jpe?g|webp|gif|zip|webm)$/i.test(path);
    entries[path] = [bytes, { level: stored ? 0 : 6, mtime: when }];
  }
  return zipSync(entries);
}

export class UnreadableArchiveError extends Error {
  override name = 'UnreadableArchiveError';
}

/** Every file entry (directories dropped); throws UnreadableArchiveError for anything that is not a ZIP. */
export function unzipFiles(bytes: Uint8Array): Files {
  let raw: Files;
  try {
    raw = unzipSync(bytes);
  } catch (err) {
    throw new UnreadableArchiveError(`不是有效的 ZIP 文件：${(err as Error).message}`);
  }
  const out: Files = {};
  for (const [path, data] of Object.entries(raw)) if (!path.endsWith('/')) out[path] = data;
  return out;
}
