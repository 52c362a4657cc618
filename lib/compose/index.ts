/** Pure zh-CN / English text composition for the refund case (issue #6). */
export { Ask, ComposeFacts, Problem, type ComposeFactsInput, type Text } from './facts';
export { durationEn, durationZh, maskKey, money, timeCst } from './format';
export { interventionRequest } from './intervention-request';
export { merchantMessage } from './merchant-message';
export { MIN_DESCRIPTION_CHARS, refundDescription } from './refund-description';
export {
  ComplaintParties,
  complaintBasis,
  complaintLetter,
  type ComplaintPartiesInput,
} from './complaint-letter';
export { platformLetter, type PlatformLetterExtras } from './platform-letter';
