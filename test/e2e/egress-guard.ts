// Egress guard: proves "local-first" in every e2e test. Two independent observers:
//  1. Playwright request events. In Playwright 1.65 they include service-worker requests
//     (request.serviceWorker(); opt-out env PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK must stay unset),
//     and PW_CHROMIUM_ATTACH_TO_OTHER (set in fixtures.ts) attaches offscreen documents as pages.
//  2. A local HTTP proxy that the whole browser must use (loopback included): it sees every
//     HTTP(S)/WebSocket connection any part of Chromium opens, forwards only the demo server and
//     answers 502 to everything else, so nothing leaves the machine even when a test fails.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Request } from '@playwright/test';

export interface EgressRecord {
  /** Who made it: a Playwright-attributed context, or the proxy (host-level view). */
  source: 'service-worker' | 'extension-page' | 'page' | 'proxy';
  method: string;
  url: string;
  why: string;
}

/**
 * Chromium's own service calls, made with no extension loaded at all (checked on Debian Chromium 156
 * with Playwright's default switches; adding our own --disable-features would replace Playwright's):
 * GAIA ListAccounts (account reconcilor), the on-device-model component check
 * (appid ceofaddefefcbblgcgnibnonglccbfja) and autofill form-type queries on pages with forms.
 * The proxy still answers them 502; they are kept in `noise`, not `foreign`. Only the proxy layer
 * has this list: a service worker or extension page calling these hosts is still caught above.
 */
const CHROMIUM_TUNNELS = new Set([
  'accounts.google.com:443',
  'update.googleapis.com:443',
  'content-autofill.googleapis.com:443',
]);
const CHROMIUM_BACKGROUND: ((method: string, url: string, headers: http.IncomingHttpHeaders) => boolean)[] = [
  (method, url) => method === 'CONNECT' && CHROMIUM_TUNNELS.has(url),
  (method, url, headers) =>
    method === 'POST' &&
    url.startsWith('http://update.googleapis.com/service/update2/') &&
    headers['x-goog-update-appid'] === 'ceofaddefefcbblgcgnibnonglccbfja',
];

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);

export class EgressGuard {
  readonly foreign: EgressRecord[] = [];
  readonly noise: EgressRecord[] = [];
  /** Requests the proxy forwarded to the demo server (proves the browser really uses the proxy). */
  forwarded = 0;
  private readonly proxy = http.createServer();

  /** @param allowedHost the demo server, e.g. `127.0.0.1:41234` */
  constructor(readonly allowedHost: string) {
    this.proxy.on('request', (req, res) => this.onProxyRequest(req, res));
    this.proxy.on('connect', (req, socket: net.Socket, head) => this.onConnect(req, socket, head));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.proxy.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.proxy.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.proxy.closeAllConnections();
    await new Promise<void>((resolve) => this.proxy.close(() => resolve()));
  }

  /** Attach the Playwright-side observer to a context (covers every page, worker and offscreen doc). */
  observe(context: BrowserContext): void {
    context.on('request', (request) => this.onBrowserRequest(request));
  }

  /** Remove and return everything recorded so far (self-tests use it to consume their own canaries). */
  drain(): EgressRecord[] {
    this.noise.length = 0;
    return this.foreign.splice(0);
  }

  report(): string {
    return this.foreign.map((r) => `  [${r.source}] ${r.method} ${r.url} (${r.why})`).join('\n');
  }

  private onBrowserRequest(request: Request): void {
    const url = new URL(request.url());
    if (!NETWORK_SCHEMES.has(url.protocol)) return; // chrome-extension:, data:, blob: never touch the network
    const base = { method: request.method(), url: request.url() };
    if (request.serviceWorker()) {
      this.foreign.push({
        ...base,
        source: 'service-worker',
        why: 'extension service worker made a request',
      });
      return;
    }
    const frameUrl = frameUrlOf(request);
    if (frameUrl?.startsWith('chrome-extension://')) {
      this.foreign.push({
        ...base,
        source: 'extension-page',
        why: `extension page ${frameUrl} made a request`,
      });
    } else if (url.host !== this.allowedHost) {
      this.foreign.push({ ...base, source: 'page', why: `page ${frameUrl ?? '?'} reached a foreign host` });
    }
  }

  private onProxyRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
    const target = req.url ?? '';
    const host = URL.canParse(target) ? new URL(target).host : '';
    const initiator = extensionInitiator(req.headers);
    if (host !== this.allowedHost || initiator) {
      this.record(req.method ?? '?', target, req.headers, initiator ?? 'foreign host');
      res.writeHead(502).end();
      return;
    }
    this.forwarded++;
    const upstream = http.request(target, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.statusMessage, up.rawHeaders);
      up.pipe(res);
    });
    upstream.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    req.pipe(upstream);
  }

  private onConnect(req: http.IncomingMessage, socket: net.Socket, head: Buffer): void {
    const target = req.url ?? '';
    socket.on('error', () => socket.destroy());
    if (target !== this.allowedHost) {
      this.record('CONNECT', target, req.headers, 'tunnel to a foreign host');
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    this.forwarded++;
    const [hostname, port] = target.split(':');
    const upstream = net.connect(Number(port), hostname, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
  }

  private record(method: string, url: string, headers: http.IncomingHttpHeaders, why: string): void {
    const isNoise = CHROMIUM_BACKGROUND.some((match) => match(method, url, headers));
    (isNoise ? this.noise : this.foreign).push({ source: 'proxy', method, url, why });
  }
}

/**
 * Extension contexts that hold host permissions send no Origin; Chromium marks their fetches with
 * `Sec-Fetch-Site: none` and a non-navigation mode, which no web page can produce.
 */
function extensionInitiator(headers: http.IncomingHttpHeaders): string | undefined {
  const sender = [headers.origin, headers.referer].find((h) => h?.startsWith('chrome-extension://'));
  if (sender) return `sent by ${sender}`;
  if (headers['sec-fetch-site'] === 'none' && headers['sec-fetch-mode'] !== 'navigate') {
    return `no web initiator (sec-fetch-site: none, mode: ${headers['sec-fetch-mode'] ?? '?'})`;
  }
  return undefined;
}

function frameUrlOf(request: Request): string | undefined {
  try {
    return request.frame().url();
  } catch {
    return undefined; // navigation before the frame exists
  }
}
