/** Synthetic pages for benchmarks: a ~1 MB zh-CN news article (no platform) and a long order list. */
const PARA =
  '今天上午，市气象台发布最新天气预报，受冷空气影响，未来三天全市将出现明显降温，最低气温将降至零下。' +
  '交通部门提醒市民出行注意安全，公共交通将适当加密班次，学校和单位可根据情况调整作息时间。';

export function articlePage(targetBytes = 1_000_000): string {
  const parts: string[] = [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>本地新闻 | 今日要闻</title></head><body>',
  ];
  parts.push(
    '<header><nav><a href="/">首页</a><a href="/news">新闻</a><a href="/sports">体育</a></nav></header><article>',
  );
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const block = `${i % 20 === 0 ? `<h2>第${i / 20 + 1}部分</h2>` : ''}<p>${PARA}</p>`;
    parts.push(block);
    size += Buffer.byteLength(block);
  }
  parts.push('</article><footer>版权所有</footer></body></html>');
  return parts.join('');
}

export function orderListPage(rows = 200): string {
  const tr = (i: number) =>
    `<tr><td>2026112609${String(i).padStart(10, '0')}</td><td>腾讯视频VIP月卡</td><td>1</td><td>¥15.80</td><td>2026-11-26 09:30:00</td><td><span class="layui-badge">已完成</span></td></tr>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>查询订单</title></head><body>
<h3>订单查询</h3><table class="layui-table"><thead><tr><th>订单ID</th><th>订单名称</th><th>数量</th><th>金额</th><th>下单时间</th><th>状态</th></tr></thead>
<tbody>${Array.from({ length: rows }, (_, i) => tr(i)).join('')}</tbody></table></body></html>`;
}
