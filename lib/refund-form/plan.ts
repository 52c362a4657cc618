/**
 * Step 2 of the filler, pure: form description + case facts + evidence list + profile → field values and file
 * choices, plus what the buyer must still do. Disabled / read-only fields are never planned.
 */
import {
  ComposeFacts,
  interventionRequest,
  merchantMessage,
  MIN_DESCRIPTION_CHARS,
  refundDescription,
  type ComposeFactsInput,
} from '../compose';
import { chooseFiles } from './files';
import { chooseReason, PROBLEM_ZH } from './reason';
import type {
  CollectedField,
  CollectedForm,
  EvidenceCandidate,
  LeftItem,
  Plan,
  PlannedValue,
  Profile,
} from './types';
import { t } from '../i18n/t';

export interface PlanInput {
  form: CollectedForm;
  facts: ComposeFactsInput;
  evidence: readonly EvidenceCandidate[];
  profile: Profile | null;
}

const chars = (s: string) => [...s].length;
const clip = (s: string, n: number | null) => (n !== null && chars(s) > n ? [...s].slice(0, n).join('') : s);
const labelOf = (f: CollectedField) => f.label ?? f.name ?? f.role;

/** An appeal form (申请平台介入) wants the dated timeline, not the refund request. */
const isAppeal = (form: CollectedForm) =>
  /介入|appeal|申诉/i.test(`${form.url} ${form.title}`) ||
  form.fields.some((f) => f.options.some((o) => /商家拒绝退款|商家超时/.test(o)));

/** Long enough for the site (padding with facts, then courtesy), short enough for its maxlength. */
export function fitText(text: string, min: number, max: number | null, f: ComposeFacts): string {
  let out = text;
  const pads = [
    f.evidence.length
      ? `已保存证据：${f.evidence.map((e) => e.zh).join('、')}。`
      : '已保存订单页截图等证据，可随时提供。',
    '请尽快核实处理，谢谢。',
  ];
  for (let i = 0; chars(out) < min && i < 20; i++) out += pads[Math.min(i, pads.length - 1)];
  return clip(out, max);
}

function description(form: CollectedForm, f: ComposeFacts, field: CollectedField, prefix: string): string {
  const min = Math.max(field.minLength ?? 0, form.kind === 'refund' ? MIN_DESCRIPTION_CHARS : 0);
  if (form.kind === 'chat') return fitText(merchantMessage(f).zh, min, field.maxLength, f);
  let text = `${prefix}${(isAppeal(form) ? interventionRequest(f) : refundDescription(f)).zh}`;
  // Too long for the box: the shorter refund description, then a cut.
  if (field.maxLength !== null && chars(text) > field.maxLength) text = `${prefix}${refundDescription(f).zh}`;
  return fitText(text, min, field.maxLength, f);
}

function contactOf(role: CollectedField['role'], p: Profile | null): string | null {
  if (!p) return null;
  if (role === 'qq') return p.qq;
  if (role === 'mobile') return p.phone;
  if (role === 'email') return p.email;
  return p.qq ? `QQ ${p.qq}` : (p.phone ?? p.email);
}

const money = (n: number) => n.toFixed(2);

export function plan({ form, facts, evidence, profile }: PlanInput): Plan {
  const f = ComposeFacts.parse(facts);
  const values: PlannedValue[] = [];
  const files: Plan['files'] = [];
  const left: LeftItem[] = [];
  const notes: string[] = [];
  const set = (field: CollectedField, value: string) => values.push({ id: field.id, value });
  const need = (field: CollectedField, why: string) => left.push({ label: labelOf(field), why });

  const reasonField = form.fields.find((x) => x.role === 'reason' && !x.disabled && !x.readOnly);
  const reason = reasonField ? chooseReason(reasonField.options, f) : null;
  // No reason control at all, or only 其他 / nothing fits: the description names the problem.
  const prefix = !reason || reason.generic ? `问题类型：${PROBLEM_ZH[f.problem]}。` : '';

  for (const field of form.fields) {
    if (field.disabled || field.readOnly) {
      if (field.required && !field.value) need(field, t('form_left_locked'));
      continue;
    }
    switch (field.role) {
      case 'orderNo': {
        if (field.kind === 'text' || field.kind === 'number') set(field, f.orderNo);
        else {
          const hit = field.options.find((o) => o.includes(f.orderNo));
          if (hit) set(field, hit);
          else if (!field.value) need(field, t('form_left_no_order', f.orderNo));
        }
        break;
      }
      case 'amount': {
        let sum = f.refundAmount ?? f.amount;
        if (sum === null) {
          need(field, t('form_left_no_amount'));
          break;
        }
        if (field.max !== null && sum > field.max) sum = field.max;
        set(field, money(sum));
        break;
      }
      case 'reason': {
        if (field !== reasonField) break;
        if (reason?.option) set(field, reason.option);
        else need(field, t('form_left_no_reason', t(`form_problem_${f.problem}`)));
        if (reason?.option && reason.generic) notes.push(t('form_note_generic_reason', reason.option));
        break;
      }
      case 'description':
        if (field.kind === 'textarea' || field.kind === 'text')
          set(field, description(form, f, field, prefix));
        break;
      case 'title':
        set(field, clip(`${PROBLEM_ZH[f.problem]}，申请售后（订单${f.orderNo}）`, field.maxLength));
        break;
      case 'qq':
      case 'mobile':
      case 'email':
      case 'contact': {
        const v = contactOf(field.role, profile);
        if (v) set(field, v);
        else if (!field.value) need(field, t('form_left_no_contact'));
        break;
      }
      case 'evidence': {
        if (field.kind !== 'file') break;
        const pick = chooseFiles(field, evidence, f.problem);
        notes.push(...pick.notes);
        if (pick.evidence.length) files.push({ id: field.id, evidence: pick.evidence });
        else need(field, t('form_left_no_images'));
        break;
      }
      default: {
        const after = field.options.find((o) => /售后/.test(o));
        if (after && ['tiles', 'select', 'dropdown'].includes(field.kind)) set(field, after);
        else if (field.required && !field.value)
          need(
            field,
            /验证码|captcha|code/i.test(`${field.label} ${field.name}`)
              ? t('form_left_captcha')
              : t('form_left_yourself'),
          );
      }
    }
  }
  return { values, files, left, notes };
}
