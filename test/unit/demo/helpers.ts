// Shared helpers for the demo-platform tests: a real server on port 0 with a manual clock, a JSON
// control client and an HTML parser (happy-dom's DOMParser; parsed documents never run scripts).
import { Window } from 'happy-dom';
import { DemoClock } from '../../../demo/clock.ts';
import { startDemoServer, type DemoServer } from '../../../demo/server.ts';

export const START = Date.UTC(2025, 2, 14, 4, 5, 6); // 2025-03-14 12:05:06 Beijing

export interface Harness {
  server: DemoServer;
  clock: DemoClock;
  url: string;
}

export async function startHarness(seed = false): Promise<Harness> {
  const clock = new DemoClock({ manual: true, start: START });
  const server = await startDemoServer({ port: 0, seed, clock });
  return { server, clock, url: server.url };
}

export interface JsonResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export async function post<T = Record<string, unknown>>(
  h: Harness,
  path: string,
  body?: unknown,
): Promise<JsonResponse<T>> {
  const res = await fetch(h.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export async function getJson<T = Record<string, unknown>>(
  h: Harness,
  path: string,
): Promise<JsonResponse<T>> {
  const res = await fetch(h.url + path);
  return { status: res.status, body: (await res.json()) as T };
}

export interface CreatedOrder {
  orderNo: string;
  status: string;
  statusId: string;
  skin: string;
  keys: string[];
  urls: Record<string, string>;
  [k: string]: unknown;
}

export async function createOrder(h: Harness, body: Record<string, unknown>): Promise<CreatedOrder> {
  const res = await post<CreatedOrder>(h, '/__control/orders', body);
  if (res.status !== 201) throw new Error(`create failed: ${JSON.stringify(res.body)}`);
  return res.body;
}

const win = new Window({ settings: { disableJavaScriptFileLoading: true } });

export function parse(html: string): Document {
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export async function page(
  url: string,
  init?: RequestInit,
): Promise<{ status: number; html: string; doc: Document }> {
  const res = await fetch(url, init);
  const html = await res.text();
  return { status: res.status, html, doc: parse(html) };
}

/** label → value of `table.order-info` rows. */
export function orderInfo(doc: Document): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tr of doc.querySelectorAll('table.order-info tr')) {
    const th = tr.querySelector('th');
    const td = tr.querySelector('td');
    if (th && td) out[th.textContent ?? ''] = td.textContent ?? '';
  }
  return out;
}

export function png(name: string, size: number, type = 'image/png'): File {
  return new File([new Uint8Array(size)], name, { type });
}
