/**
 * The on-page summary after a fill: what was filled, what the buyer still has to do, a reminder that CardShield
 * never submits, and a close button. Shadow DOM keeps the page's CSS out; text goes in via textContent only.
 */
import { t } from '../i18n/t';
import type { ApplyResult } from './types';

export const PANEL_ID = 'cardshield-fill-panel';

const CSS = `:host{all:initial}
.box{position:fixed;top:16px;right:16px;z-index:2147483647;width:320px;max-height:80vh;overflow:auto;background:#fff;
color:#1f2937;border:1px solid #16a34a;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);
font:13px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;padding:12px 14px}
h2{font-size:15px;margin:0 0 8px}h3{font-size:13px;margin:10px 0 4px}ul{margin:0;padding-left:18px}
li{margin:2px 0;word-break:break-all}.left li{color:#b45309}.note{color:#6b7280;font-size:12px;margin-top:10px}
button{position:absolute;top:8px;right:8px;border:1px solid #d1d5db;background:#f9fafb;border-radius:4px;cursor:pointer;font:inherit}`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, cls?: string) {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function list(doc: Document, items: string[], cls?: string): HTMLUListElement {
  const ul = el(doc, 'ul', undefined, cls);
  for (const t of items) ul.append(el(doc, 'li', t));
  return ul;
}

export function showPanel(doc: Document, result: ApplyResult, notes: readonly string[]): HTMLElement {
  doc.getElementById(PANEL_ID)?.remove();
  const host = el(doc, 'div');
  host.id = PANEL_ID;
  host.lang = t('lang_tag');
  const root = host.attachShadow({ mode: 'open' });
  const style = el(doc, 'style', CSS);
  const box = el(doc, 'section', undefined, 'box');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', t('bg_panel_label'));
  const close = el(doc, 'button', t('bg_panel_close'));
  close.type = 'button';
  close.addEventListener('click', () => host.remove());
  box.append(close, el(doc, 'h2', t('bg_panel_filled_count', result.filled.length)));
  if (result.filled.length)
    box.append(
      el(doc, 'h3', t('bg_panel_filled')),
      list(
        doc,
        result.filled.map((f) => `${f.label}：${f.value}`),
        'filled',
      ),
    );
  if (result.left.length)
    box.append(
      el(doc, 'h3', t('bg_panel_left')),
      list(
        doc,
        result.left.map((l) => `${l.label}：${l.why}`),
        'left',
      ),
    );
  if (notes.length) box.append(el(doc, 'h3', t('bg_panel_notes')), list(doc, [...notes]));
  box.append(el(doc, 'p', t('bg_panel_never_submits'), 'note'));
  root.append(style, box);
  doc.documentElement.append(host);
  return host;
}
