import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Packer } from 'docx';
import { renderDocument } from '@shared/documents';
import type { DocumentView } from '@shared/documents/types';
import { silentLogger, type Logger } from './logger';

/**
 * Laying out and packing the documents of an export: each checked view (the words the leak guard has read) made into
 * its .docx bytes. Packing is most of an export's time, and all of it CPU: in the main process it holds up every
 * other request (an autosave, the shared screen) until the whole set is done.
 */
export type DocumentPacker = {
  /** The .docx bytes of each view, in the views' order. */
  pack(views: readonly DocumentView[]): Promise<Buffer[]>;
  /** Gets ready for an export about to be asked for (the chair has opened the export): starts the workers. */
  warm(): void;
  /** Lets go of what the packer holds (its workers). */
  close(): Promise<void>;
};

/** The bytes of one document: the same function wherever it runs (here, or in pack-worker.ts). */
export async function packView(view: DocumentView): Promise<Buffer> {
  return Packer.toBuffer(renderDocument(view));
}

/** Packs in this process, one document at a time: for tests, a one-off command, and when workers cannot start. */
export const packHere: DocumentPacker = {
  async pack(views) {
    const packed: Buffer[] = [];
    for (const view of views) packed.push(await packView(view));
    return packed;
  },
  warm: () => undefined,
  close: async () => undefined,
};

/** What the main process sends a worker, and what comes back (pack-worker.ts). */
export type PackRequest = { id: number; view: DocumentView };
export type PackReply = { id: number; data: Uint8Array } | { id: number; error: { name: string; message: string } };

/** How long unused workers are kept: an export is usually followed by another only after a correction. */
const IDLE_MS = 2 * 60_000;
/**
 * How long one document may take in a worker before the worker is taken to be stuck and the export is packed here: a
 * 200-page minute takes well under a second.
 */
const STUCK_MS = 60_000;

/**
 * Packs in worker threads, one document per worker at a time, so that an export uses every core and the main process
 * stays free to answer the chair's window while it runs. The workers start at the first export and stop after two
 * minutes without one.
 *
 * If a worker cannot start or dies (a packaging fault, a lack of memory), the export is packed in this process as
 * before, and so is every later one: the chair gets their documents either way, and the log says why. A document
 * that fails to lay out fails the export as it would here: that is the document's fault, not the worker's.
 */
export class PackPool implements DocumentPacker {
  private workers: Worker[] = [];
  private broken = false;
  private idle: NodeJS.Timeout | undefined;
  private nextId = 0;

  constructor(
    /** The built pack-worker.js (out/main/), beside the entry that starts the pool. */
    private readonly workerFile: string,
    private readonly logger: Logger = silentLogger,
    /** One per core: the main process waits while they pack. */
    readonly size = Math.max(1, Math.min(4, availableParallelism())),
  ) {}

  /** How many workers are running now. */
  get running(): number {
    return this.workers.length;
  }

  warm(): void {
    if (this.broken) return;
    try {
      this.start();
    } catch (e) {
      this.broken = true;
      this.logger.warn('document workers failed: packing in the main process', { why: (e as Error).message });
      return;
    }
    this.idleFromNow();
  }

  async pack(views: readonly DocumentView[]): Promise<Buffer[]> {
    if (this.broken || views.length === 0) return packHere.pack(views);
    clearTimeout(this.idle);
    try {
      return await this.packInWorkers(views);
    } catch (e) {
      if (!(e instanceof WorkerFailure)) throw e;
      this.broken = true;
      this.logger.warn('document workers failed: packing in the main process', { why: e.message });
      await this.close();
      return packHere.pack(views);
    } finally {
      if (!this.broken) this.idleFromNow();
    }
  }

  private idleFromNow(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => void this.close(), IDLE_MS).unref();
  }

  async close(): Promise<void> {
    clearTimeout(this.idle);
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private start(): Worker[] {
    while (this.workers.length < this.size) {
      const worker = new Worker(this.workerFile);
      // A worker waiting for the next export does not keep the app from quitting.
      worker.unref();
      // Always heard, so that a worker failing between exports never becomes an uncaught error in the main process:
      // it is dropped, and the next export starts another (during an export, the export's own listeners hear it too).
      worker.on('error', () => undefined);
      worker.on('exit', () => {
        this.workers = this.workers.filter((w) => w !== worker);
      });
      this.workers.push(worker);
    }
    return this.workers;
  }

  /** Each worker takes the next document as it finishes one, so a long minute does not hold up the letters. */
  private packInWorkers(views: readonly DocumentView[]): Promise<Buffer[]> {
    let workers: Worker[];
    try {
      workers = this.start();
    } catch (e) {
      return Promise.reject(new WorkerFailure(`a worker could not start: ${(e as Error).message}`));
    }
    const packed: Buffer[] = new Array(views.length);
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
      let settled = false;
      const cleanups: (() => void)[] = [];
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        for (const cleanup of cleanups) cleanup();
        if (error) reject(error);
        else resolve(packed);
      };
      for (const worker of workers) {
        let current: { id: number; index: number } | undefined;
        let stuck: NodeJS.Timeout | undefined;
        const give = () => {
          if (next >= views.length) return;
          current = { id: this.nextId++, index: next++ };
          worker.postMessage({ id: current.id, view: views[current.index]! } satisfies PackRequest);
          stuck = setTimeout(() => finish(new WorkerFailure('a worker did not answer')), STUCK_MS).unref();
        };
        const onMessage = (reply: PackReply) => {
          if (!current || reply.id !== current.id) return;
          clearTimeout(stuck);
          if ('error' in reply) {
            const error = new Error(reply.error.message);
            error.name = reply.error.name;
            return finish(error);
          }
          packed[current.index] = Buffer.from(reply.data.buffer, reply.data.byteOffset, reply.data.byteLength);
          current = undefined;
          if (++done === views.length) return finish();
          give();
        };
        const onError = (error: Error) => finish(new WorkerFailure(`a worker failed: ${error.message}`));
        const onExit = (code: number) => finish(new WorkerFailure(`a worker stopped (exit code ${code})`));
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        cleanups.push(() => {
          clearTimeout(stuck);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        });
        give();
      }
    });
  }
}

/** The worker, not the document, failed: the export can still be packed in this process. */
class WorkerFailure extends Error {
  override name = 'WorkerFailure';
}
