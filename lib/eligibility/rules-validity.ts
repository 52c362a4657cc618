/** Order of checks, steps 2–4: validity (R3, R3b, R12), conformity (R9), promises (R10). */
import { parsePromiseTerms } from './promise-terms';
import { hit, miss, type Check } from './rule-eval';
import type { Situation } from './situation';
import { HOUR } from './time';

const FAILURE_ZH = {
  used: '已被使用',
  not_found: '不存在',
  expired: '已过期',
  wrong_region: '面值或地区不符',
  ok: '',
};
const FAILURE_EN = {
  used: 'already used',
  not_found: 'not found',
  expired: 'expired',
  wrong_region: 'wrong value or region',
  ok: '',
};

const failure = (s: Situation) => {
  const r = s.facts.keyRedeemResult;
  const zh = s.facts.failureMessage ?? (r ? FAILURE_ZH[r] : '');
  return { zh: zh ? `（提示“${zh}”）` : '', en: r && r !== 'ok' ? ` ("${FAILURE_EN[r]}")` : '' };
};
const keyOrder = (s: Situation) => s.delivered === true && !s.directCharge && s.keyInvalid;

/** R3: every key invalid at the official redeem page → replace or refund (消法 Art. 23, 24; 民法典 Art. 582). */
export const R3: Check = (s) => {
  if (!keyOrder(s) || s.invalidKeys < s.totalKeys) return miss();
  const f = failure(s);
  return hit(`卡密在官方兑换页无法使用${f.zh}`, `the key fails on the official redeem page${f.en}`);
};

/** R12: only some keys invalid → pro-rata refund or replacement (民法典 Art. 582; 消法 Art. 52). */
export const R12: Check = (s) => {
  if (!keyOrder(s) || s.invalidKeys >= s.totalKeys) return miss();
  return hit(
    `${s.totalKeys}个卡密中${s.invalidKeys}个无效：无效部分应退款或补发`,
    `${s.invalidKeys} of ${s.totalKeys} keys invalid: refund or replace that part`,
  );
};

/** R3b: R3/R12 plus pattern evidence of knowing sale → punitive claim, escalation only (消法 Art. 55). */
export const R3b: Check = (s) => {
  if (!keyOrder(s) || s.facts.fraudPattern !== true) return miss();
  return hit(
    '有证据显示商家明知出售已用或虚假卡密：可向监管部门主张欺诈（需认定）',
    'evidence the merchant knowingly sold used or fake keys: a fraud claim needs a regulator or court finding',
  );
};

/** R9: delivered item differs from the listing → refund (消法 Art. 20, 23; 电商法 Art. 17). */
export const R9: Check = (s) =>
  s.delivered === true && s.facts.listingMismatch === true
    ? hit('交付的商品与商品页描述不符', 'the delivered item differs from the listing')
    : miss();

/** The problems a promise could cover. */
function problems(s: Situation): { defect: boolean; ownReason: boolean } {
  const f = s.facts;
  const late = f.deliveredAfterCancelRequest === true || s.late === true;
  const own = f.changedMind === true || f.buyerMistake === true || f.physicalOpened === true || late;
  return { defect: s.keyInvalid || f.listingMismatch === true, ownReason: own };
}

/** R10: a promise of better terms binds the seller within its terms (法释〔2022〕8号 Art. 2, 10). */
export const R10: Check = (s) => {
  const text = s.facts.merchantPromise;
  if (!text || s.delivered !== true) return miss();
  const t = parsePromiseTerms(text);
  const p = problems(s);
  const covered = (t.anyReason && (p.defect || p.ownReason)) || (t.defects && p.defect);
  if (!covered) return miss(`承诺“${text}”不覆盖本情形`, `the promise "${text}" does not cover this case`);
  if (t.windowHours !== null && s.claimStart !== null && s.now > s.claimStart + t.windowHours * HOUR)
    return miss(`承诺“${text}”的期限已过`, `the time limit of the promise "${text}" has passed`);
  return hit(`商家承诺“${text}”，覆盖本情形`, `the merchant promised "${text}", which covers this case`);
};
