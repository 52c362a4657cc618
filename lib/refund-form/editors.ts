/**
 * Rich editors over a source textarea (acg-faka's Markdown editor: CodeMirror 5 via fromTextArea / editor.md).
 * The filler writes the source textarea — what the form submits — but the editor shows its own buffer, and its
 * save-on-submit would copy that (stale) buffer back over the textarea. The background therefore runs
 * `syncCodeMirrors` in the page's MAIN world after apply (the content script's isolated world cannot see
 * `wrapper.CodeMirror`), so the buyer sees the text they are about to submit.
 */

/**
 * MAIN-world function (chrome.scripting.executeScript `func`): serialised on its own, so no imports, no outer
 * references. For every CodeMirror 5 wrapper whose source textarea holds exactly one of `texts` (what CardShield
 * just filled) while the editor shows something else, set the editor's buffer to the textarea's value: text
 * only, through the editor's own API; the textarea stays the source of truth and nothing is submitted. Editors
 * whose textarea holds anything else (the buyer's own typing) are left alone. Returns how many were updated.
 */
export function syncCodeMirrors(texts: string[]): number {
  interface Cm {
    getValue: () => unknown;
    setValue: (v: string) => void;
    getTextArea?: () => unknown;
  }
  const norm = (s: string) => s.replace(/\r\n?/g, '\n');
  const wanted = new Set(texts.map(norm));
  let updated = 0;
  for (const wrapper of Array.from(document.querySelectorAll('.CodeMirror'))) {
    try {
      const cm = (wrapper as unknown as { CodeMirror?: Cm }).CodeMirror;
      if (!cm || typeof cm.getValue !== 'function' || typeof cm.setValue !== 'function') continue;
      const own = typeof cm.getTextArea === 'function' ? cm.getTextArea() : null;
      const source =
        own instanceof HTMLTextAreaElement
          ? own
          : Array.from(wrapper.parentElement?.children ?? []).find(
              (c): c is HTMLTextAreaElement => c instanceof HTMLTextAreaElement,
            );
      if (!source) continue;
      const text = norm(source.value);
      if (!wanted.has(text) || norm(String(cm.getValue())) === text) continue;
      cm.setValue(text);
      updated++;
    } catch {
      // A page's own editor threw: leave it; the textarea still holds the text.
    }
  }
  return updated;
}
