/**
 * The platform-intervention request as a letter for the evidence package: the step-3 text of
 * intervention-request.ts (facts, the timeline showing the platform's clock has run, request, basis) with a
 * heading, the platform's deadline and the package's files by name and SHA-256. zh-CN.
 */
import { ComposeFacts, type ComposeFactsInput } from './facts';
import { timeCst } from './format';
import { interventionRequest } from './intervention-request';

export interface PlatformLetterExtras {
  /** Platform / site name shown in the heading. */
  platform?: string | null;
  /** When the platform's own window for the merchant ran (runs) out; null = not known. */
  interventionOpensAt?: string | null;
  /** Files of the evidence package, with their SHA-256. */
  files?: readonly { path: string; sha256: string }[];
  /** The hash chain head of the order's evidence. */
  chainHead?: string | null;
}

export function platformLetter(input: ComposeFactsInput, extras: PlatformLetterExtras = {}): string {
  const f = ComposeFacts.parse(input);
  const body = interventionRequest(f).zh;
  const lines = [`致${extras.platform ? `「${extras.platform}」` : ''}平台客服/仲裁：`, '', body];
  if (extras.interventionOpensAt) {
    const open = Date.parse(extras.interventionOpensAt) <= Date.parse(f.now);
    lines.push(
      open
        ? `商家处理期限已于${timeCst(extras.interventionOpensAt)}届满，现依平台规则申请介入。`
        : `商家处理期限至${timeCst(extras.interventionOpensAt)}；届满仍未处理即申请介入。`,
    );
  }
  if (extras.files?.length) {
    lines.push('', '附件（卡盾证据包，文件 SHA-256 可复核）：');
    for (const file of extras.files) lines.push(`- ${file.path}  SHA-256 ${file.sha256}`);
  }
  if (extras.chainHead) lines.push(`证据链链头：${extras.chainHead}`);
  lines.push('', `申请人：订单「${f.orderNo}」买家    日期：${timeCst(f.now).slice(0, 10)}`);
  return lines.join('\n');
}
