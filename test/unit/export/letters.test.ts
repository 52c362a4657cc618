import { describe, expect, it } from 'vitest';
import { complaintLetter, platformLetter, type ComposeFactsInput } from '../../../lib/compose';

const FACTS: ComposeFactsInput = {
  orderNo: 'KM20261126140300001',
  product: 'Steam 钱包充值卡 50元',
  amount: 48.5,
  paidAt: '2026-11-26T06:03:00.000Z',
  promiseText: '付款后10分钟内自动发货',
  breachMinutes: 107,
  problem: 'not_delivered',
  ask: 'deliver_or_refund',
  contactedAt: '2026-11-26T06:30:00.000Z',
  replyDeadline: '2026-11-28T06:30:00.000Z',
  escalate: true,
  basis: [{ zh: '《电子商务法》第七十四条', en: 'E-Commerce Law Art. 74' }],
  evidence: [{ zh: '订单页截图（订单号、商品、金额、付款时间、状态）', en: 'order page' }],
  now: '2026-11-26T08:00:00.000Z',
};

describe('12315 complaint (投诉书)', () => {
  const parties = {
    complainant: { name: '张三', phone: '13800000000', address: '北京市朝阳区某路1号' },
    respondent: {
      operatorName: '某某网络科技有限公司',
      address: '广州市天河区某路2号',
      siteName: '星辰卡盟',
      url: 'http://km.example.cn',
    },
    payMethod: '微信支付',
    quantity: 1,
  };

  it('contains every element L7 Art. 9 requires, filled from the case', () => {
    const text = complaintLetter(FACTS, parties, ['evidence/01-order-page-abcd1234.png']);
    // 1. complainant's name, phone, postal address
    expect(text).toMatch(/一、投诉人：姓名「张三」 电话「13800000000」 通讯地址「北京市朝阳区某路1号」/);
    // 2. respondent's name and address
    expect(text).toContain('经营者名称「某某网络科技有限公司」');
    expect(text).toContain('地址「广州市天河区某路2号」');
    // 3. a specific request and the facts
    expect(text).toMatch(/五、投诉请求：\n {4}1\. 退还货款¥48\.50（原路退回）/);
    expect(text).toContain('四、事实经过（按时间顺序）');
    expect(text).toContain('2026-11-26 14:03 付款成功');
    expect(text).toContain('商家页面承诺“付款后10分钟内自动发货”');
    expect(text).toMatch(/截至2026-11-26 16:00仍未交付/);
    expect(text).toContain('订单号「KM20261126140300001」');
    expect(text).toContain('《电子商务法》第二十条、第七十四条');
    expect(text).toContain('证据包文件 evidence/01-order-page-abcd1234.png');
    expect(text).not.toContain('请填写：姓名');
    expect(text).not.toContain('未依法公示经营者主体信息');
  });

  it('marks every unknown required element with 「请填写…」 and notes a hidden operator', () => {
    const text = complaintLetter(FACTS);
    for (const what of ['姓名', '电话', '通讯地址', '网站页脚公示的经营者名称', '经营者地址'])
      expect(text).toContain(`「请填写：${what}」`);
    expect(text).toContain('违反《电子商务法》第十五条、《网络交易监督管理办法》第十二条');
  });

  it('picks the basis for the situation (d2 六)', () => {
    const invalid = complaintLetter({
      ...FACTS,
      problem: 'invalid_key',
      keys: ['ABCD-EFGH-IJKL-MNOP'],
      deliveredAt: '2026-11-26T06:04:00.000Z',
      failure: { zh: '卡密已被使用', en: 'used' },
      noRefundNotice: true,
      afterSalesPromise: '无效包换',
    });
    expect(invalid).toContain('《消费者权益保护法》第二十三条、第二十四条；《民法典》第五百八十二条');
    expect(invalid).toContain('法释〔2022〕8号 第一条');
    expect(invalid).toContain('法释〔2022〕8号 第二条、第十条');
    expect(invalid).toContain('ABCD****MNOP');
    expect(invalid).not.toContain('ABCD-EFGH-IJKL-MNOP');
    expect(invalid).toContain('卡密无效/不符的投诉');
  });
});

describe('platform-intervention request', () => {
  it('has the facts, the platform clock and the package files with hashes', () => {
    const text = platformLetter(FACTS, {
      platform: '星辰卡盟',
      interventionOpensAt: '2026-11-26T07:00:00.000Z',
      files: [{ path: 'evidence/01-order-page-abcd1234.png', sha256: 'a'.repeat(64) }],
      chainHead: 'b'.repeat(64),
    });
    expect(text).toMatch(/^致「星辰卡盟」平台客服/);
    expect(text).toContain('申请平台介入：订单号KM20261126140300001');
    expect(text).toContain('商家处理期限已于2026-11-26 15:00届满');
    expect(text).toContain(`evidence/01-order-page-abcd1234.png  SHA-256 ${'a'.repeat(64)}`);
    expect(text).toContain(`证据链链头：${'b'.repeat(64)}`);
  });
});
