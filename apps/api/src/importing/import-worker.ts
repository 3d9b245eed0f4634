/**
 * The import worker's body: each message is an upload to read and check (`checkUpload`), each
 * answer its outcome or the error it threw, under the same id. Started by read-off-thread.ts
 * through import-worker-boot.mjs, which lets a worker thread load TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import { checkUpload, type UploadJob } from './check-upload.ts';

parentPort?.on('message', async ({ id, job }: { id: number; job: UploadJob }) => {
  try {
    parentPort?.postMessage({ id, result: await checkUpload(job) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
