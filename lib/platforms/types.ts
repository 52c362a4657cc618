import type { ChatMessage, OrderSnapshot, PageKind, ProductInfo, RefundForm } from '../model/order';

export interface Detection {
  kinds: PageKind[];
  /** 0–1; a specific adapter that recognises its platform says ≥ 0.9, the generic heuristic less. */
  confidence: number;
}

/**
 * One adapter per platform family; the file name is the id. All functions are pure over (document, url):
 * no network, no storage, no layout-forcing reads (textContent, never innerText).
 */
export interface PlatformAdapter {
  id: string;
  name: string;
  detect(doc: Document, url: URL): Detection | undefined;
  extractOrders(doc: Document, url: URL): OrderSnapshot[];
  extractChat?(doc: Document, url: URL): ChatMessage[];
  /** Which order the thread is about, when the page names it outside an order block. */
  chatOrderNo?(doc: Document, url: URL): string | null;
  refundForm?(doc: Document, url: URL): RefundForm | undefined;
  /** Product page: the promise and after-sales policy a buyer sees before paying. */
  product?(doc: Document, url: URL): ProductInfo | undefined;
}
