import { describe, expect, it } from 'vitest';
import { linesOf } from '../../../lib/platforms/dom';

const el = (html: string) => {
  const d = new DOMParser().parseFromString(`<div id="x">${html}</div>`, 'text/html');
  return d.getElementById('x');
};

describe('linesOf', () => {
  it('splits on <br>, blocks and newlines, drops scripts and empties', () => {
    expect(
      linesOf(el('AAAA-1111<br>BBBB-2222<div>卡号：1 密码：2</div><script>x()</script>\n\n<p> CCC </p>')),
    ).toEqual(['AAAA-1111', 'BBBB-2222', '卡号：1 密码：2', 'CCC']);
  });

  it('reads textarea values line by line', () => {
    expect(linesOf(el('<textarea>KEY-1\nKEY-2</textarea>'))).toEqual(['KEY-1', 'KEY-2']);
  });

  it('survives a DOM nested 10,000 deep', () => {
    const deep = '<span>'.repeat(10_000) + 'deep key' + '</span>'.repeat(10_000);
    expect(linesOf(el(deep))).toEqual(['deep key']);
  });
});
