/**
 * The real server as a child process: `node --import tsx src/server.ts` (what `tsx src/server.ts`
 * and `pnpm start` run) with DATABASE_PATH or DATABASE_URL naming a bench database, PUBLIC_READ=on,
 * on 127.0.0.1 with an ephemeral port. Used by load-bench.ts, and by `prepareLikeServer`, which
 * starts it once on a bench database and stops it as soon as it listens, so that the database has
 * whatever the server's start-up gives an existing database (migrations, derived data it builds
 * when missing, the admin and demo accounts) before the in-process benches read it. It measures
 * only the start-up time (printed with the server's own start-up lines) and the server's memory.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seconds } from './bench-utils.ts';
import { BENCH_ADMIN_PASSWORD, type DbTarget } from './bench-writes-db.ts';

const API_DIR = fileURLToPath(new URL('../', import.meta.url));
const SERVER = fileURLToPath(new URL('../src/server.ts', import.meta.url));

export interface ChildServer {
  base: string;
  pid: number;
  /** What the server printed before it listened. */
  startupLines: string[];
  stderr: string[];
  stop: () => Promise<void>;
}

/** Starts the server on `target`; resolves once it listens, or kills it and rejects after `startTimeoutMs`. */
export async function startServer(
  target: DbTarget,
  startTimeoutMs = 60_000,
  /** Modules preloaded into the server (`node --require`), for what a bench measures inside it. */
  preload: string[] = [],
): Promise<ChildServer> {
  // The database is the target's alone, whatever this shell names.
  const { DATABASE_URL: _url, DATABASE_PATH: _path, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    HOST: '127.0.0.1',
    PORT: '0',
    PUBLIC_READ: 'on',
    DEMO_DATA: 'on',
    ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
    NODE_ENV: 'production',
    ...(target.dialect === 'sqlite' ? { DATABASE_PATH: target.path } : { DATABASE_URL: target.url }),
  };
  const child: ChildProcess = spawn(
    process.execPath,
    [...preload.flatMap((p) => ['--require', p]), '--import', 'tsx', SERVER],
    {
      cwd: API_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM'); // server.ts closes the server and the database, then exits
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  };
  let out = '';
  try {
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the server did not listen within ${startTimeoutMs / 1000} s: ${out}`)),
        startTimeoutMs,
      );
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        const match = /running at (http:\/\/[\d.]+:\d+)/.exec(out);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(
          new Error(`the server exited (${code ?? signal}) before it listened: ${out}${stderr.join('')}`),
        );
      });
    });
    const startupLines = out
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.includes('running at'));
    return { base, pid: child.pid ?? 0, startupLines, stderr, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Starts the server once on `target` and stops it when it listens (see the module comment).
 * The first start on a fresh bench database may take minutes; later ones take seconds.
 */
export async function prepareLikeServer(target: DbTarget, label: string): Promise<void> {
  const started = performance.now();
  let server: ChildServer;
  try {
    server = await startServer(target, 20 * 60_000);
  } catch (error) {
    // Killed by a signal this process did not send (someone else's clean-up): once more.
    if (!(error instanceof Error && /exited \(SIG\w+\)/.test(error.message))) throw error;
    console.log(
      `Server start-up on ${label}: ${error.message.split(':')[0]} after ${seconds(started)}; once more`,
    );
    server = await startServer(target, 20 * 60_000);
  }
  await server.stop();
  console.log(
    `Server start-up on ${label} (${target.engine}): ${seconds(started)}${server.startupLines.length > 0 ? '' : ', nothing to do'}`,
  );
  for (const line of server.startupLines) console.log(`  server: ${line}`);
}

/** VmRSS (now) and VmHWM (peak) of a process, in MiB, from /proc (Linux). */
export function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
  } catch {
    return null;
  }
}
/** Sets a process's VmHWM back to its VmRSS (Linux), so that the next peak is of what follows alone. */
export function resetPeakMemory(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export const mibOf = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : `${v.toFixed(0)} MiB`;
