import type { Verdict } from './rule-table';
import type { Situation } from './situation';

/** One rule's evaluation: fired or not, why (zh/en), and an outcome when it differs from the table's. */
export interface Eval {
  fired: boolean;
  zh?: string;
  en?: string;
  outcome?: Verdict;
}
export type Check = (s: Situation) => Eval;

export const hit = (zh: string, en: string, outcome?: Verdict): Eval => ({ fired: true, zh, en, outcome });
export const miss = (zh?: string, en?: string): Eval => ({ fired: false, zh, en });
