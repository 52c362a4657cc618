/** Limits a page prints next to a control instead of putting them in attributes. Pure. */

const UNIT: Record<string, number> = { k: 1024, kb: 1024, m: 1024 * 1024, mb: 1024 * 1024 };

/** "最多5张" / "不超过3个文件" / data-max-files → how many files. */
export function maxFilesIn(text: string): number | null {
  const m = /(?:最多|至多|不超过|限传|限)\s*(\d{1,2})\s*(?:张|个|份|幅)/.exec(text);
  return m ? Number(m[1]) : null;
}

/** "每张不超过5MB" / "大小2M以内" / "≤ 500KB" → bytes (the smallest size mentioned: the binding one). */
export function maxBytesIn(text: string): number | null {
  const sizes = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(MB|M|KB|K)(?![a-z])/gi)].map(
    (m) => Number(m[1]) * UNIT[m[2]!.toLowerCase()]!,
  );
  return sizes.length ? Math.floor(Math.min(...sizes)) : null;
}

/** "20字以上" / "不少于20字" / "至少10个字" → minimum characters. */
export function minCharsIn(text: string): number | null {
  const m = /(\d{1,4})\s*(?:个)?字(?:以上|起)|(?:不少于|至少|最少|不低于)\s*(\d{1,4})\s*(?:个)?字/.exec(text);
  const n = m ? Number(m[1] ?? m[2]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** A positive integer attribute, else null. */
export function intAttr(el: Element, name: string): number | null {
  const raw = el.getAttribute(name);
  const n = raw === null ? NaN : Number(raw);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : null;
}

/** Does `mime` (or the file extension) satisfy an `accept` list? No accept = anything. */
export function accepts(accept: string | null, mime: string, ext: string): boolean {
  if (!accept?.trim()) return true;
  return accept
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean)
    .some((a) =>
      a.startsWith('.')
        ? a === `.${ext}` || (a === '.jpg' && ext === 'jpeg') || (a === '.jpeg' && ext === 'jpg')
        : a.endsWith('/*')
          ? mime.startsWith(a.slice(0, -1))
          : a === mime,
    );
}
