// 申请退款 / 申请平台介入 submissions (multipart; evidence validated server side).
import { yuan } from '../../clock.ts';
import { field, files, readForm, redirect, sendHtml, HttpError, type Ctx, type Route } from '../../http.ts';
import { canAppeal, REFUND_REASONS, requestAppeal, requestRefund } from '../../refunds.ts';
import type { Evidence, Order } from '../../store.ts';
import { kamengOrder } from './orders.ts';
import {
  APPEAL_REASONS,
  appealPage,
  IMAGE_TYPES,
  MAX_FILE_BYTES,
  MAX_FILES,
  refundPage,
} from './refund-pages.ts';

async function readCommon(
  ctx: Ctx,
  o: Order,
): Promise<{ form: FormData; evidence: Evidence[]; description: string }> {
  const form = await readForm(ctx.req, 40 * 1024 * 1024);
  const sent = field(form, 'order_no');
  if (sent && sent !== o.orderNo) throw new HttpError(400, '订单编号不匹配，请从订单详情页重新进入');
  const list = files(form, 'evidence');
  if (list.length > MAX_FILES)
    throw new HttpError(400, `上传凭证最多${MAX_FILES}张，您选择了${list.length}张`);
  for (const f of list) {
    if (f.size > MAX_FILE_BYTES) throw new HttpError(400, `图片“${f.name}”超过5MB，请压缩后重新上传`);
    if (!IMAGE_TYPES.includes(f.type))
      throw new HttpError(400, `文件“${f.name}”格式不支持，仅支持 PNG / JPG / WebP 图片`);
  }
  const description = field(form, 'description');
  if (description.length < 20) throw new HttpError(400, `问题描述不少于20字（当前${description.length}字）`);
  if (description.length > 500) throw new HttpError(400, '问题描述不能超过500字');
  return { form, evidence: list.map((f) => ({ name: f.name, size: f.size, type: f.type })), description };
}

export const refundRoutes: Route[] = [
  {
    method: 'GET',
    re: /^\/user\/order\/([^/]+)\/refund$/,
    fn: (ctx, [no]) => {
      const o = kamengOrder(ctx, no);
      if (o) sendHtml(ctx.res, 200, refundPage(o));
    },
  },
  {
    method: 'POST',
    re: /^\/user\/order\/([^/]+)\/refund$/,
    fn: async (ctx, [no]) => {
      const o = kamengOrder(ctx, no);
      if (!o) return;
      const { form, evidence, description } = await readCommon(ctx, o);
      const amount = Math.round(Number(field(form, 'amount')) * 100);
      if (!Number.isFinite(amount) || amount <= 0) throw new HttpError(400, '请填写正确的退款金额');
      if (amount > o.amount) throw new HttpError(400, `退款金额不能超过实付金额 ${yuan(o.amount)}`);
      const reason = field(form, 'reason');
      if (!(REFUND_REASONS as readonly string[]).includes(reason)) throw new HttpError(400, '请选择退款原因');
      requestRefund(ctx.app.store, o, { amount, reason, description, evidence });
      redirect(ctx.res, `/user/order/${o.orderNo}`);
    },
  },
  {
    method: 'GET',
    re: /^\/user\/order\/([^/]+)\/appeal$/,
    fn: (ctx, [no]) => {
      const o = kamengOrder(ctx, no);
      if (o) sendHtml(ctx.res, 200, appealPage(o, canAppeal(o, ctx.app.clock.now())));
    },
  },
  {
    method: 'POST',
    re: /^\/user\/order\/([^/]+)\/appeal$/,
    fn: async (ctx, [no]) => {
      const o = kamengOrder(ctx, no);
      if (!o) return;
      const { form, evidence, description } = await readCommon(ctx, o);
      const reason = field(form, 'reason');
      if (!APPEAL_REASONS.includes(reason)) throw new HttpError(400, '请选择介入原因');
      requestAppeal(ctx.app.store, o, { reason, description, evidence });
      redirect(ctx.res, `/user/order/${o.orderNo}`);
    },
  },
];
