import type { FieldRole, FormField } from '../model/order';
import { attrValue, textOf } from './dom';
import { REASON_WORDS } from './vocab';

/** name/id/label hints → role, most specific first. */
const ROLE_HINTS: [FieldRole, RegExp][] = [
  ['evidence', /proof|pic|image|img|file|upload|凭证|截图|图片|附件|证据/i],
  ['orderNo', /trade_?no|order_?no|order_?id|orderid|report_orderid|订单/i],
  ['amount', /amount|money|refund_fee|金额/i],
  ['qq', /^qq$|qq号|\bqq\b/i],
  ['mobile', /mobile|phone|tel|手机|电话/i],
  ['email', /e-?mail|邮箱/i],
  ['contact', /contact|联系方式/i],
  ['title', /title|subject|标题|主题/i],
  ['reason', /reason|type|typeid|report_type|原因|类型|问题类型|投诉类型/i],
  ['description', /desc|content|remark|description|message|说明|描述|详情|内容|备注/i],
];

function labelFor(el: Element): string | null {
  const doc = el.ownerDocument;
  const id = el.getAttribute('id');
  const byFor = id ? doc.querySelector(`label[for=${attrValue(id)}]`) : null;
  const text =
    textOf(byFor) ||
    el.getAttribute('aria-label') ||
    textOf(el.closest('label')) ||
    textOf(
      el
        .closest('.form-group, .form-item, .layui-form-item, .field, tr')
        ?.querySelector('label, .form-label, th'),
    ) ||
    el.getAttribute('placeholder') ||
    '';
  return text.trim().slice(0, 100) || null;
}

function roleOf(el: Element, label: string | null, options: string[]): FieldRole {
  const type = el.getAttribute('type')?.toLowerCase();
  if (type === 'file') return 'evidence';
  if (options.filter((o) => REASON_WORDS.test(o)).length >= 2) return 'reason';
  const hint = `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${label ?? ''}`;
  for (const [role, re] of ROLE_HINTS) if (re.test(hint)) return role;
  return el.tagName === 'TEXTAREA' ? 'description' : 'other';
}

function field(el: Element, role: FieldRole | undefined, options: string[], control: string): FormField {
  const label = labelFor(el);
  const min = Number(el.getAttribute('minlength'));
  return {
    role: role ?? roleOf(el, label, options),
    name: el.getAttribute('name'),
    label,
    options,
    control,
    required: el.hasAttribute('required') || el.getAttribute('aria-required') === 'true',
    minLength: Number.isFinite(min) && min > 0 ? min : null,
  };
}

/** "--请选择--" and empty entries are prompts, not options. */
const isRealOption = (text: string) => !!text && !/^[-—=\s]*(请选择|选择)/.test(text);

/** A group of clickable tiles (radio inputs, or buttons carrying a data attribute) as one field. */
export function tileField(
  role: FieldRole,
  name: string | null,
  tiles: Element[],
  label: string | null = null,
): FormField {
  return {
    role,
    name,
    label,
    options: tiles.map((t) => textOf(t.closest('label') ?? t)).filter(Boolean),
    control: 'tiles',
    required: false,
    minLength: null,
  };
}

export interface Control {
  field: FormField;
  /** The control itself, or every radio of a group. */
  elements: Element[];
}

/** Every fillable control under `root`, in document order, radios grouped by name. Hidden and buttons skipped. */
export function describeControls(root: ParentNode): Control[] {
  const out: Control[] = [];
  const radios = new Set<string>();
  for (const el of root.querySelectorAll('input, select, textarea')) {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) continue;
    if (type === 'radio') {
      const name = el.getAttribute('name') ?? '';
      if (radios.has(name)) continue;
      radios.add(name);
      const group = [...root.querySelectorAll(`input[type=radio][name=${attrValue(name)}]`)];
      const f = tileField('other', name || null, group);
      out.push({ field: { ...f, role: roleOf(el, null, f.options) }, elements: group });
      continue;
    }
    const options =
      el.tagName === 'SELECT' ? [...el.querySelectorAll('option')].map(textOf).filter(isRealOption) : [];
    const control = el.tagName === 'INPUT' ? `input:${type}` : el.tagName.toLowerCase();
    out.push({ field: field(el, undefined, options, control), elements: [el] });
  }
  return out;
}

export function describeFields(root: ParentNode): FormField[] {
  return describeControls(root).map((c) => c.field);
}
