import { afterEach, describe, expect, it, vi } from 'vitest';
import { collect } from '../../../lib/refund-form/collect';
import { syncCodeMirrors } from '../../../lib/refund-form/editors';
import { fixtureDoc } from './helpers';

/** A CodeMirror 5-like instance on `.CodeMirror`, next to its (hidden) source textarea, as fromTextArea leaves it. */
function editor(source: string, buffer: string, { getTextArea = true } = {}) {
  const box = document.createElement('div');
  const ta = document.createElement('textarea');
  ta.name = 'content';
  ta.style.display = 'none';
  ta.value = source;
  const wrapper = document.createElement('div');
  wrapper.className = 'CodeMirror';
  box.append(ta, wrapper);
  document.body.append(box);
  let buf = buffer;
  const cm = {
    getValue: () => buf,
    setValue: vi.fn((v: string) => {
      buf = v;
    }),
    ...(getTextArea ? { getTextArea: () => ta } : {}),
  };
  (wrapper as unknown as { CodeMirror: typeof cm }).CodeMirror = cm;
  return { ta, cm, value: () => buf };
}

afterEach(() => document.body.replaceChildren());

describe('syncCodeMirrors() (page MAIN world)', () => {
  it('puts the filled text into the editor over the filled textarea, and only there', () => {
    const filled = editor('订单 A1 卡密无效\n请退款', '');
    const own = editor('买家自己写的', '买家自己写的，还在编辑');
    const same = editor('订单 A1', '订单 A1');
    const bySibling = editor('第二段说明', '', { getTextArea: false });
    expect(syncCodeMirrors(['订单 A1 卡密无效\n请退款', '订单 A1', '第二段说明'])).toBe(2);
    expect(filled.value()).toBe('订单 A1 卡密无效\n请退款');
    expect(filled.ta.value).toBe('订单 A1 卡密无效\n请退款'); // the textarea stays the source
    expect(own.cm.setValue).not.toHaveBeenCalled();
    expect(same.cm.setValue).not.toHaveBeenCalled();
    expect(bySibling.value()).toBe('第二段说明');
  });

  it('compares line breaks loosely, ignores wrappers without an instance and editors that throw', () => {
    const crlf = editor('a\nb', '');
    const bare = document.createElement('div');
    bare.className = 'CodeMirror';
    document.body.append(bare);
    const broken = editor('x', '');
    broken.cm.setValue.mockImplementation(() => {
      throw new Error('boom');
    });
    expect(syncCodeMirrors(['a\r\nb', 'x'])).toBe(1);
    expect(crlf.value()).toBe('a\nb');
  });
});

describe('collect() with a CodeMirror editor', () => {
  it("fills the source textarea, never the editor's own hidden input textarea", () => {
    const doc = fixtureDoc('acg-faka/ticket-create.html');
    const cmInput = doc.createElement('div');
    cmInput.setAttribute('style', 'overflow:hidden;position:relative;width:3px;height:0');
    cmInput.append(doc.createElement('textarea'));
    doc.querySelector('.CodeMirror')!.prepend(cmInput);
    const { form, entries } = collect(doc);
    const areas = form!.fields.filter((f) => f.kind === 'textarea');
    expect(areas).toHaveLength(1);
    expect(areas[0]).toMatchObject({ name: 'content', role: 'description' });
    expect(entries.get(areas[0]!.id)!.elements[0]!.classList.contains('editor-v2__source')).toBe(true);
  });
});
