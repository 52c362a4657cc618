// Request/response helpers and the tiny router types shared by all skins.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from './clock.ts';
import type { SafeHtml } from './html.ts';
import type { Store } from './store.ts';
import type { TicketDesk } from './tickets.ts';

export interface App {
  store: Store;
  desk: TicketDesk;
  clock: Clock;
  seed: boolean;
}

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** 'http://127.0.0.1:PORT' */
  base: string;
  app: App;
}

export type Handler = (ctx: Ctx, params: string[]) => Promise<void> | void;
export interface Route {
  method: 'GET' | 'POST';
  re: RegExp;
  fn: Handler;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function sendHtml(res: ServerResponse, status: number, body: SafeHtml): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body.value);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location });
  res.end();
}

/** Whole request body, refusing more than `limit` bytes with a 413. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Keep draining past the limit so the client can read the 413 page instead of a reset connection.
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) {
    throw new HttpError(413, `请求内容过大（超过 ${Math.round(limit / 1024 / 1024)}MB），请减少上传的图片`);
  }
  return Buffer.concat(chunks);
}

/** Parses urlencoded or multipart/form-data bodies with the platform's own FormData parser. */
export async function readForm(req: IncomingMessage, limit = 1024 * 1024): Promise<FormData> {
  const type = req.headers['content-type'] ?? '';
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) {
    throw new HttpError(400, '请求格式不正确，请通过页面表单提交');
  }
  const body = await readBody(req, limit);
  try {
    return await new Request('http://127.0.0.1/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    throw new HttpError(400, '表单数据无法解析，请刷新页面后重试');
  }
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req, 256 * 1024)).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

export function field(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v.trim() : '';
}

/** Non-empty uploaded files of a field (browsers send an empty part when nothing is chosen). */
export function files(form: FormData, name: string): File[] {
  return form.getAll(name).filter((v): v is File => typeof v !== 'string' && (v.size > 0 || v.name !== ''));
}
