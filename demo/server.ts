// CardShield demo card platform: a local HTTP server (node:http only) with three platform skins.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DemoClock, type Clock } from './clock.ts';
import { controlRoutes } from './control.ts';
import { HttpError, sendHtml, sendJson, type App, type Ctx, type Route } from './http.ts';
import { seedOrders } from './seed.ts';
import { acgRoutes } from './skins/acg.ts';
import { acgTicketRoutes } from './skins/acg-ticket.ts';
import { dujiaokaRoutes } from './skins/dujiaoka.ts';
import { afterSalesRoutes } from './skins/kameng/after-sales.ts';
import { chatRoutes } from './skins/kameng/chat.ts';
import { checkoutRoutes } from './skins/kameng/checkout.ts';
import { homeRoutes } from './skins/kameng/home.ts';
import { errorPage } from './skins/kameng/layout.ts';
import { orderRoutes } from './skins/kameng/orders.ts';
import { payRoutes } from './skins/kameng/pay.ts';
import { redeemRoutes } from './skins/kameng/redeem.ts';
import { refundRoutes } from './skins/kameng/refund.ts';
import { Store, StoreError } from './store.ts';
import { TicketDesk } from './tickets.ts';

export interface DemoServer {
  /** 'http://127.0.0.1:PORT', no trailing slash */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** 0 = random (default) */
  port?: number;
  /** create a few sample orders (default true) */
  seed?: boolean;
  /** Injectable clock; tests pass `new DemoClock({ manual: true })` and call advance(). */
  clock?: Clock;
}

const ROUTES: Route[] = [
  ...controlRoutes,
  ...homeRoutes,
  ...checkoutRoutes,
  ...payRoutes,
  ...orderRoutes,
  ...chatRoutes,
  ...afterSalesRoutes,
  ...refundRoutes,
  ...redeemRoutes,
  ...dujiaokaRoutes,
  ...acgRoutes,
  ...acgTicketRoutes,
];

function decodeParam(p: string | undefined): string {
  try {
    return decodeURIComponent(p ?? '');
  } catch {
    throw new HttpError(400, 'malformed URL');
  }
}

function isJsonPath(path: string): boolean {
  return path.startsWith('/__control/') || path.startsWith('/api/') || path.startsWith('/acg/user/api/');
}

async function handle(app: App, base: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', base);
  const ctx: Ctx = { req, res, url, base, app };
  const json = isJsonPath(url.pathname);
  try {
    let pathMatched = false;
    for (const r of ROUTES) {
      const m = r.re.exec(url.pathname);
      if (!m) continue;
      pathMatched = true;
      if (r.method !== req.method) continue;
      await r.fn(ctx, m.slice(1).map(decodeParam));
      return;
    }
    if (pathMatched) throw new HttpError(405, `method ${req.method ?? ''} not allowed`);
    throw new HttpError(404, json ? `no route for ${url.pathname}` : '您访问的页面不存在');
  } catch (e) {
    const status = e instanceof HttpError || e instanceof StoreError ? e.status : 500;
    const message = e instanceof Error ? e.message : String(e);
    if (status === 500) console.error('[demo] request failed', req.method, url.pathname, e);
    if (res.headersSent) return void res.end();
    if (json) return sendJson(res, status, { error: message });
    const title = status === 404 ? '页面不存在' : req.method === 'POST' ? '提交失败' : '操作失败';
    sendHtml(
      res,
      status,
      errorPage(title, status === 500 ? '服务器繁忙，请稍后再试' : message, url.pathname),
    );
  }
}

export function startDemoServer(opts: DemoServerOptions = {}): Promise<DemoServer> {
  const clock = opts.clock ?? new DemoClock();
  const app: App = { clock, store: new Store(clock), desk: new TicketDesk(clock), seed: opts.seed ?? true };
  if (app.seed) seedOrders(app.store);
  let base = '';
  const server = createServer((req, res) => void handle(app, base, req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      base = `http://127.0.0.1:${port}`;
      resolve({
        url: base,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            app.store.reset();
            clock.dispose();
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
