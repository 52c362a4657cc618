import { describe, expect, it } from 'vitest';
import { isShallow, linesIn, textIn } from '../../../../lib/platforms/heuristics/query';
import { indexPage } from '../../../../lib/platforms/heuristics/scan';
import { docOf, pageOf } from './helpers';

describe('indexPage', () => {
  it('reads text like textContent, minus scripts, styles and button labels', () => {
    const page = pageOf(
      '<div id="a">¥<span>12.00</span><script>var x = "<b>";</script><style>.x{}</style><button>复制</button></div>',
    );
    expect(textIn(page, page.idx.get(page.doc.getElementById('a')!)!)).toBe('¥12.00');
  });

  it('splits lines at <br>, blocks and newlines', () => {
    const page = pageOf('<div id="k">KEY-1<br>KEY-2<p>KEY-3</p>KEY-4\nKEY-5</div>');
    expect(linesIn(page, page.idx.get(page.doc.getElementById('k')!)!)).toEqual([
      'KEY-1',
      'KEY-2',
      'KEY-3',
      'KEY-4',
      'KEY-5',
    ]);
  });

  it('walks a 10,000-deep DOM without recursion, cutting below the depth limit', () => {
    const doc = docOf('<body></body>');
    let cur: Element = doc.body;
    for (let i = 0; i < 10_000; i++) cur = cur.appendChild(doc.createElement('div'));
    cur.textContent = '深处的文字';
    const page = indexPage(doc);
    expect(page.els.length).toBeLessThan(300);
    expect(page.cut.size).toBe(1);
    expect(isShallow(page, 0)).toBe(false);
  });

  it('stops at the node limit', () => {
    const doc = docOf(`<body>${'<p>x</p>'.repeat(2000)}</body>`);
    const page = indexPage(doc, { nodes: 500, depth: 200, nodeChars: 1000, totalChars: 10_000 });
    expect(page.els.length).toBeLessThanOrEqual(500);
  });
});
