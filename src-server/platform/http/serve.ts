// Listens for HTTP and stops gracefully: stop accepting, let requests in flight finish (up to a timeout),
// then close what the caller hands over (the database).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  server: http.Server;
  url: string;
  /** Stops accepting connections and resolves once requests in flight are done or the timeout hit. */
  close(timeoutMs: number): Promise<{ forced: boolean }>;
}

export function serve(handler: http.RequestListener, port: number, host: string): Promise<RunningServer> {
  const server = http.createServer(handler);
  // Behind a load balancer: keep idle connections a little longer than typical LB idle timeouts.
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({
        server,
        url: `http://${shownHost}:${address.port}`,
        close: (timeoutMs) =>
          new Promise((done) => {
            let forced = false;
            const timer = setTimeout(() => {
              forced = true;
              server.closeAllConnections();
            }, timeoutMs);
            // Keep-alive connections hold close() open once their request is done: drop them as they idle.
            const sweeper = setInterval(() => server.closeIdleConnections(), 50);
            timer.unref();
            sweeper.unref();
            server.close(() => {
              clearTimeout(timer);
              clearInterval(sweeper);
              done({ forced });
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
