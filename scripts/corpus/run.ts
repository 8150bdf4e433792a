/**
 * `npm run --silent analyze -- --jsonl IN.jsonl[.gz] [--out OUT.jsonl] [--workers N] [--resume] [--no-entities]`
 * Streams JSON Lines articles through worker threads and writes one analysis per line, in input order.
 * The main thread only cuts the (gunzipped) input into batches of whole lines, as bytes, and writes the workers'
 * output bytes in order; parsing, analysing and JSON all happen in the workers, which run an esbuild bundle
 * (scripts/corpus/bundle.ts). Memory stays flat: at most `workers × 4` batches of ≈ 256 kB are in flight, and
 * reading waits while the output stream is full (measured in docs/corpus.md).
 */
import {
  closeSync,
  createReadStream,
  createWriteStream,
  openSync,
  readSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { workerBundle } from './bundle';
import { doneIds, idOfLine } from './resume';
import { threadCpuSeconds } from './thread-cpu';
import type { Batch, BatchResult, RecordError, WorkerSetup, WorkerStats } from './worker';

export interface CorpusOptions {
  input: string;
  /** null: standard output. */
  out: string | null;
  workers: number;
  resume: boolean;
  entities: boolean;
  /** Print the final figures as one JSON line on stderr (for measurements). */
  stats: boolean;
  /** Input bytes per batch (tests use small ones to spread a few records over workers). */
  batchBytes?: number;
}

/** Input bytes per batch: ≈ 60 ANT articles; one message each way per batch. */
const BATCH_BYTES = 256 * 1024;
const AHEAD_PER_WORKER = 4;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

function isGzip(path: string): boolean {
  if (path === '-') return false;
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(2);
  const n = readSync(fd, head, 0, 2, 0);
  closeSync(fd);
  return n === 2 && head[0] === 0x1f && head[1] === 0x8b;
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
function clock(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  const m = Math.floor(s / 60);
  return `${m}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
}

function countNewlines(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) n++;
  return n;
}

/** A dead worker's batch fails record by record, named by id (or line number) as a record error would be. */
function failBatch(b: Batch, why: string): BatchResult {
  const errors: RecordError[] = [];
  const lines = new TextDecoder().decode(b.bytes).split('\n');
  lines.forEach((line, k) => {
    if (line.trim())
      errors.push({ ref: idOfLine(line) ?? `line ${b.firstLine + k}`, message: `worker failed: ${why}` });
  });
  return { type: 'result', seq: b.seq, out: new Uint8Array(0), articles: 0, words: 0, skipped: 0, errors };
}

export async function runCorpus(o: CorpusOptions): Promise<number> {
  const t0 = performance.now();
  const bundle = workerBundle();
  const done = o.resume && o.out ? await doneIds(o.out) : new Set<string>();
  const sink: WriteStream | NodeJS.WriteStream = o.out
    ? createWriteStream(o.out, { flags: o.resume ? 'a' : 'w' })
    : process.stdout;

  // Input, with the bytes read from disk counted for the ETA. Gunzip runs on libuv's thread pool.
  const raw = o.input === '-' ? process.stdin : createReadStream(o.input, { highWaterMark: 1 << 18 });
  let totalBytes = 0;
  if (o.input !== '-') totalBytes = statSync(o.input).size;
  let bytesRead = 0;
  raw.on('data', (c: Buffer | string) => {
    bytesRead += c.length;
  });
  const input: AsyncIterable<Buffer> = isGzip(o.input) ? raw.pipe(createGunzip({ chunkSize: 1 << 18 })) : raw;

  let articles = 0;
  let words = 0;
  let errors = 0;
  let skipped = 0;
  let tFirst = 0;
  let wordsAtFirst = 0;

  // Workers and the queue of batches waiting for one.
  const workerFile = await bundle;
  const queue: Batch[] = [];
  const running = new Map<Worker, Batch>();
  const idle: Worker[] = [];
  const pending = new Map<number, BatchResult>();
  let nextSeq = 0;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const writeResult = (r: BatchResult) => {
    articles += r.articles;
    words += r.words;
    skipped += r.skipped;
    if (r.out.byteLength) sink.write(Buffer.from(r.out.buffer, r.out.byteOffset, r.out.byteLength));
    for (const e of r.errors) {
      errors++;
      process.stderr.write(`${progressShown ? '\r\x1b[K' : ''}analyze: ${e.ref}: ${e.message}\n`);
    }
  };
  const onResult = (res: BatchResult) => {
    if (!tFirst) {
      tFirst = performance.now();
      wordsAtFirst = res.words;
    }
    pending.set(res.seq, res);
    while (pending.has(nextSeq)) {
      writeResult(pending.get(nextSeq)!);
      pending.delete(nextSeq);
      nextSeq++;
      inFlight--;
    }
    signal();
  };
  const feed = (w: Worker) => {
    const b = queue.shift();
    if (!b) {
      idle.push(w);
      return;
    }
    running.set(w, b);
    // Copied, not transferred: the batch is kept until its answer, to name its records if the worker dies.
    w.postMessage(b);
  };
  const all = new Set<Worker>();
  const statsWaiters = new Map<Worker, (s: WorkerStats) => void>();
  const setup: WorkerSetup = { entities: o.entities, done: [...done] };
  const spawn = (): Worker => {
    const w = new Worker(workerFile, { workerData: setup });
    all.add(w);
    w.on('message', (m: BatchResult | WorkerStats) => {
      if (m.type === 'stats') {
        statsWaiters.get(w)?.(m);
        return;
      }
      running.delete(w);
      onResult(m);
      feed(w);
    });
    // A worker that dies (out of memory, say) fails its batch record by record; a fresh one takes its place.
    w.on('error', (e) => {
      all.delete(w);
      const b = running.get(w);
      running.delete(w);
      if (b) onResult(failBatch(b, e.message.split('\n')[0]));
      feed(spawn());
    });
    return w;
  };
  const pool = Array.from({ length: Math.max(1, o.workers) }, spawn);
  idle.push(...pool);

  let seq = 0;
  const submit = async (bytes: Uint8Array, firstLine: number) => {
    while (inFlight >= pool.length * AHEAD_PER_WORKER || (sink.writableNeedDrain ?? false)) {
      await new Promise<void>((res) => {
        wake = res;
        if (sink.writableNeedDrain) sink.once('drain', signal);
      });
    }
    inFlight++;
    queue.push({ type: 'batch', seq: seq++, firstLine, bytes });
    const w = idle.pop();
    if (w) feed(w);
  };

  // Progress on a terminal.
  let progressShown = false;
  const progress = () => {
    const s = (performance.now() - t0) / 1000;
    const frac = totalBytes ? Math.min(1, bytesRead / totalBytes) : 0;
    const eta = frac > 0.001 ? (s / frac) * (1 - frac) : Number.NaN;
    process.stderr.write(
      `\r\x1b[K${fmt(articles)} articles · ${fmt(articles / s)} articles/s · ${fmt(words / s)} words/s` +
        (totalBytes ? ` · ${Math.round(frac * 100)}% · ETA ${clock(eta)}` : '') +
        (errors ? ` · ${errors} errors` : ''),
    );
    progressShown = true;
  };
  const timer = process.stderr.isTTY ? setInterval(progress, 500) : null;

  // Cut the input into batches of whole lines, as bytes: the first newline at or past `batchBytes` ends one.
  const batchBytes = o.batchBytes ?? BATCH_BYTES;
  let rest: Buffer = Buffer.alloc(0);
  let nextLine = 1;
  const cut = async (end: number) => {
    // A copy of its own: structured cloning a view would copy the whole buffer behind it.
    const bytes = new Uint8Array(rest.subarray(0, end));
    rest = rest.subarray(end);
    const firstLine = nextLine;
    nextLine += countNewlines(bytes);
    await submit(bytes, firstLine);
  };
  for await (const chunk of input) {
    rest = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    for (let nl = rest.indexOf(10, batchBytes - 1); nl >= 0; nl = rest.indexOf(10, batchBytes - 1)) await cut(nl + 1);
  }
  if (rest.length) await cut(rest.length);
  while (inFlight > 0) await new Promise<void>((res) => (wake = res));

  // Each worker's own CPU time, then the pool ends.
  const workerStats = await Promise.all(
    [...all].map(
      (w) =>
        new Promise<WorkerStats>((res) => {
          statsWaiters.set(w, res);
          w.postMessage({ type: 'stats' });
        }),
    ),
  );
  const mainCpu = threadCpuSeconds();
  await Promise.all([...all].map((w) => w.terminate()));
  if (sink !== process.stdout) await new Promise<void>((res) => (sink as WriteStream).end(res));

  if (timer) clearInterval(timer);
  const seconds = (performance.now() - t0) / 1000;
  const warm = tFirst ? (performance.now() - tFirst) / 1000 : 0;
  const usage = process.resourceUsage();
  const maxRssMB = usage.maxRSS / 1024;
  // CPU time of the whole process (all threads): on a shared machine words per CPU-second varies less than wall time.
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  if (process.stderr.isTTY) {
    process.stderr.write(
      `\r\x1b[K${fmt(articles)} articles, ${fmt(words)} words in ${seconds.toFixed(1)} s: ${fmt(words / seconds)} words/s` +
        ` · ${skipped ? `${fmt(skipped)} skipped (--resume) · ` : ''}${errors} errors · peak RSS ${fmt(maxRssMB)} MB\n`,
    );
  }
  if (o.stats) {
    const cpus = workerStats.map((s) => s.cpuSeconds);
    const known = cpus.every((c): c is number => c !== null);
    const round2 = (x: number) => +x.toFixed(2);
    const stats = {
      workers: pool.length,
      entities: o.entities,
      articles,
      words,
      errors,
      skipped,
      seconds: round2(seconds),
      wordsPerSecond: Math.round(words / seconds),
      // From the first answer on: leaves out the workers' start-up (loading lexicons and tagger weights).
      warmWordsPerSecond: warm > 0 ? Math.round((words - wordsAtFirst) / warm) : 0,
      cpuSeconds: round2(cpuSeconds),
      wordsPerCpuSecond: Math.round(words / cpuSeconds),
      // Per thread (Linux): what each worker and the main thread used, whatever else the machine was doing.
      // The busiest worker's CPU time bounds the wall time on a machine with a free core per thread.
      mainCpuSeconds: mainCpu === null ? null : round2(mainCpu),
      workerCpuSeconds: known ? cpus.map(round2) : null,
      workerStartupCpuSeconds: workerStats.map((s) =>
        s.startupCpuSeconds === null ? null : round2(s.startupCpuSeconds),
      ),
      wordsPerWorkerCpuSecond: known ? Math.round(words / cpus.reduce((a, b) => a + b, 0)) : null,
      wordsPerBusiestWorkerCpuSecond: known ? Math.round(words / Math.max(...cpus)) : null,
      maxRssMB: Math.round(maxRssMB),
    };
    process.stderr.write(`${JSON.stringify(stats)}\n`);
  }
  return errors ? 1 : 0;
}
