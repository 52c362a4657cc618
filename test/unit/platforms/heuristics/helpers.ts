import { indexPage, type Page } from '../../../../lib/platforms/heuristics/scan';

/** Parse a fragment (or a whole page) and index it. */
export function pageOf(html: string): Page {
  return indexPage(new DOMParser().parseFromString(html, 'text/html'));
}

export function docOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
