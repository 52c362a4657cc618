import { useEffect, useId, useRef, useState } from 'react';

const T = {
  copy: '复制',
  copyLabel: (title: string) => `复制${title}`,
  copied: '已复制',
  failed: '复制失败，请在文本框中全选后手动复制',
};

/** A composed text, readable and selectable, with a copy button that says 已复制 (role=status). */
export function CopyText({ title, text, rows = 5 }: { title: string; text: string; rows?: number }) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (result !== 'copied') return;
    const t = setTimeout(() => setResult(null), 2500);
    return () => clearTimeout(t);
  }, [result]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setResult('copied');
    } catch {
      // No clipboard permission or no focus (e.g. a detached popup window): fall back to the selection.
      box.current?.select();
      setResult(document.execCommand('copy') ? 'copied' : 'failed');
    }
  };

  return (
    <div className="copy-text">
      <div className="copy-head">
        <span className="copy-title" id={id}>
          {title}
        </span>
        <span role="status" className={result === 'failed' ? 'bad small' : 'copied small'}>
          {result === 'copied' ? T.copied : result === 'failed' ? T.failed : ''}
        </span>
        <button
          type="button"
          className="secondary compact"
          aria-label={T.copyLabel(title)}
          onClick={() => void copy()}
        >
          {T.copy}
        </button>
      </div>
      <textarea
        ref={box}
        readOnly
        rows={rows}
        value={text}
        aria-labelledby={id}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}
