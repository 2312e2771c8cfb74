import { parentPort } from 'node:worker_threads';
import { packView, type PackReply, type PackRequest } from './document-packing';

/**
 * A worker thread of the export's PackPool (document-packing.ts): lays out and packs one checked view at a time and
 * sends back its bytes. It reads no file and writes none: the main process guarded the words before they came here,
 * and writes the files when every document is packed.
 */
const port = parentPort;
if (!port) throw new Error('pack-worker.ts runs as a worker thread of the main process, not on its own.');
port.on('message', (request: PackRequest) => {
  packView(request.view).then(
    (data) => port.postMessage({ id: request.id, data } satisfies PackReply),
    (e: unknown) => {
      const error = e instanceof Error ? e : new Error(String(e));
      port.postMessage({ id: request.id, error: { name: error.name, message: error.message } } satisfies PackReply);
    },
  );
});
