import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../lib/i18n/t';

export interface CopyTextProps {
  title: string;
  text: string;
  rows?: number;
  /** The text's language: composed letters are written in Chinese whatever the UI language. @default 'zh-CN' */
  textLang?: string;
}

/** A composed text, readable and selectable, with a copy button that says 已复制 (role=status). */
export function CopyText({ title, text, rows = 5, textLang = 'zh-CN' }: CopyTextProps) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (result !== 'copied') return;
    const timer = setTimeout(() => setResult(null), 2500);
    return () => clearTimeout(timer);
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
          {result === 'copied' ? t('common_copied') : result === 'failed' ? t('popup_copy_failed') : ''}
        </span>
        <button
          type="button"
          className="secondary compact"
          aria-label={t('popup_copy_label', title)}
          onClick={() => void copy()}
        >
          {t('common_copy')}
        </button>
      </div>
      <textarea
        ref={box}
        readOnly
        rows={rows}
        value={text}
        lang={textLang}
        aria-labelledby={id}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}
