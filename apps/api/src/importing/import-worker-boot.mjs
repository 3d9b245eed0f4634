// A worker thread does not inherit the TypeScript loader of the thread that starts it (Node 20):
// this plain module registers tsx, then loads the worker's TypeScript body.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
