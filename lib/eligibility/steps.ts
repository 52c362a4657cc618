/** Step catalog: the seed's five steps, plus 核实情况 (answer questions first) and 已完成. Stable ids and names. */
export type StepId =
  | 'verify'
  | 'contact_merchant'
  | 'refund_request'
  | 'platform_intervention'
  | 'refund_processing'
  | 'confirm_arrival'
  | 'done';

export const STEP_NAME: Record<StepId, { zh: string; en: string }> = {
  verify: { zh: '核实情况', en: 'Check the facts' },
  contact_merchant: { zh: '联系商家', en: 'Contact the merchant' },
  refund_request: { zh: '提交退款申请', en: 'File the refund request' },
  platform_intervention: { zh: '申请平台介入', en: 'Ask the platform to intervene' },
  refund_processing: { zh: '退款处理', en: 'Refund in progress' },
  confirm_arrival: { zh: '确认到账', en: 'Confirm the refund arrived' },
  done: { zh: '已完成', en: 'Done' },
};

/** Who has to act before `deadline`: the buyer, or the party the buyer is waiting for. */
export type Actor = 'buyer' | 'merchant' | 'platform' | 'channel' | null;

export interface NextStep {
  id: StepId;
  nameZh: string;
  nameEn: string;
  actor: Actor;
  /** When the buyer may take this step (a merchant's window may have to run out first). */
  availableAt: string | null;
  deadline: string | null;
  overdue: boolean;
  /** Step 2 is carried out by the refund-form filler (issue #7). */
  handoff?: 'refund-form';
}

export function step(
  id: StepId,
  actor: Actor,
  now: number,
  deadline: number | null,
  availableAt: number | null = null,
): NextStep {
  return {
    id,
    nameZh: STEP_NAME[id].zh,
    nameEn: STEP_NAME[id].en,
    actor,
    availableAt: availableAt === null ? null : new Date(availableAt).toISOString(),
    deadline: deadline === null ? null : new Date(deadline).toISOString(),
    overdue: deadline !== null && now > deadline,
    ...(id === 'refund_request' ? { handoff: 'refund-form' as const } : {}),
  };
}
