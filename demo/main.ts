// CLI: `npm run demo:server -- --port 8080` (or DEMO_PORT=8080). Runs until SIGINT/SIGTERM.
import { startDemoServer } from './server.ts';

function portFromArgs(argv: string[]): number {
  const i = argv.indexOf('--port');
  const raw =
    i >= 0 ? argv[i + 1] : (argv.find((a) => a.startsWith('--port='))?.slice(7) ?? process.env.DEMO_PORT);
  const port = Number(raw ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`invalid port: ${String(raw)}`);
    process.exit(2);
  }
  return port;
}

const server = await startDemoServer({ port: portFromArgs(process.argv.slice(2)) });
console.log(`CardShield demo platform: ${server.url}/`);

const stop = (): void => {
  void server.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
