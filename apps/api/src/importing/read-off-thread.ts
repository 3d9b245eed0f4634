/**
 * Uploads read and checked off the event loop: one worker thread (node:worker_threads), started
 * on the first upload and kept, takes the files one after the other, so that a large or hostile
 * file costs an import its time while the server goes on answering everyone else. A file that
 * needs more than the worker's heap or time stops the worker (a new one starts for the next
 * file) and is refused with a 413.
 */
import { Worker } from 'node:worker_threads';
import type { UploadChecked, UploadJob } from './check-upload.ts';
import { MAX_READ_MS, tooCostly, WORKER_HEAP_MB } from './import-limits.ts';

interface Waiting {
  resolve: (result: UploadChecked) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, Waiting>();
/** Files wait their turn: one at a time in the worker, so that a timer measures one file. */
let queue: Promise<unknown> = Promise.resolve();

const costly = (): UploadChecked => {
  const { bilingual } = tooCostly();
  return { ok: false, status: 413, code: 'file_too_large', message: bilingual };
};

function startWorker(): Worker {
  const started = new Worker(new URL('./import-worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./import-worker.ts', import.meta.url).href },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  started.unref();
  started.on('message', ({ id, result, error }: { id: number; result?: UploadChecked; error?: string }) => {
    const job = waiting.get(id);
    waiting.delete(id);
    if (error !== undefined) job?.reject(new Error(error));
    else if (result) job?.resolve(result);
  });
  const fail = (error: Error) => {
    if (worker === started) worker = null;
    const isOutOfMemory = 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
    for (const [id, job] of waiting) {
      waiting.delete(id);
      if (isOutOfMemory) job.resolve(costly());
      else job.reject(error);
    }
  };
  started.on('error', fail);
  started.on('exit', () => fail(new Error('the import worker stopped')));
  return started;
}

function runOne(job: UploadJob): Promise<UploadChecked> {
  worker ??= startWorker();
  const current = worker;
  const id = nextId++;
  return new Promise<UploadChecked>((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      resolve(costly());
      void current.terminate();
    }, MAX_READ_MS);
    const done = () => clearTimeout(timer);
    waiting.set(id, {
      resolve: (result) => {
        done();
        resolve(result);
      },
      reject: (error) => {
        done();
        reject(error);
      },
    });
    // The file's bytes move to the worker (transferred, not copied).
    current.postMessage({ id, job }, [job.bytes.buffer as ArrayBuffer]);
  });
}

/** The upload read and checked in the worker thread; its answer, or a 413 when it costs too much. */
export function readOffThread(job: UploadJob): Promise<UploadChecked> {
  const turn = queue.then(() => runOne(job));
  queue = turn.catch(() => undefined);
  return turn;
}
