import { getBlob, listEvidence } from '../store/evidence';
import { verifyChain, type ChainVerdict } from './chain';

/** Re-hash every stored byte of one order and walk its chain (used by the 验证 action). */
export async function verifyOrder(orderKey: string): Promise<ChainVerdict> {
  return verifyChain(await listEvidence(orderKey), (sha256) => getBlob(sha256));
}
