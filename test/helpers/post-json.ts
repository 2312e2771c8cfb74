import { request } from 'node:http';
import type { BrowserHost } from '../../electron/host/browser-host';

/**
 * Calls a bridge method as the page does in the browser run: a POST to the loopback host with its token, and the
 * JSON answer parsed. Tests use it to show that the HTTP transport answers as the Electron one does.
 */
export function postJson(host: Pick<BrowserHost, 'port' | 'token'>, path: string, payload: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: 'POST',
        headers: {
          host: `127.0.0.1:${host.port}`,
          'x-conference-token': host.token,
          'content-type': 'application/json',
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          try {
            resolve(JSON.parse(body));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });
}
