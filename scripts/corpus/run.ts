/**
 * `npm run --silent analyze -- --jsonl IN.jsonl[.gz] [--out OUT.jsonl] [--workers N] [--resume] [--no-entities]`
 * Streams JSON Lines articles through worker threads and writes one analysis per line, in input order.
 * Memory stays flat: at most `workers × 4` batches are read ahead of the writer (measured in docs/corpus.md).
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
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import type { LineResult } from './record';
import { doneIds, idOfLine } from './resume';
import type { Batch, BatchResult } from './worker';

export interface CorpusOptions {
  input: string;
  /** null: standard output. */
  out: string | null;
  workers: number;
  resume: boolean;
  entities: boolean;
  /** Print the final figures as one JSON line on stderr (for measurements). */
  stats: boolean;
}

const BATCH_LINES = 16;
const BATCH_CHARS = 256_000;
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

export async function runCorpus(o: CorpusOptions): Promise<number> {
  const t0 = performance.now();
  const done = o.resume && o.out ? await doneIds(o.out) : new Set<string>();
  const sink: WriteStream | NodeJS.WriteStream = o.out
    ? createWriteStream(o.out, { flags: o.resume ? 'a' : 'w' })
    : process.stdout;

  // Input, with the bytes read from disk counted for the ETA.
  const raw = o.input === '-' ? process.stdin : createReadStream(o.input);
  let totalBytes = 0;
  if (o.input !== '-') totalBytes = statSync(o.input).size;
  let bytesRead = 0;
  raw.on('data', (c: Buffer | string) => {
    bytesRead += c.length;
  });
  const text = isGzip(o.input) ? raw.pipe(createGunzip()) : raw;
  const rl = createInterface({ input: text, crlfDelay: Number.POSITIVE_INFINITY });

  let articles = 0;
  let words = 0;
  let errors = 0;
  let skipped = 0;
  let tFirst = 0;
  let wordsAtFirst = 0;

  // Workers and the queue of batches waiting for one.
  const workerFile = new URL('./worker.ts', import.meta.url).href;
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  const queue: Batch[] = [];
  const running = new Map<Worker, Batch>();
  const idle: Worker[] = [];
  const pending = new Map<number, LineResult[]>();
  let nextSeq = 0;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const writeResults = (results: LineResult[]) => {
    for (const r of results) {
      if (r.ok) {
        articles++;
        words += r.words;
        sink.write(`${r.line}\n`);
      } else {
        errors++;
        process.stderr.write(`${progressShown ? '\r\x1b[K' : ''}analyze: ${r.ref}: ${r.message}\n`);
      }
    }
  };
  const onResult = (res: BatchResult) => {
    if (!tFirst) {
      tFirst = performance.now();
      wordsAtFirst = res.results.reduce((n, r) => n + r.words, 0);
    }
    pending.set(res.seq, res.results);
    while (pending.has(nextSeq)) {
      writeResults(pending.get(nextSeq)!);
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
    w.postMessage(b);
  };
  const all = new Set<Worker>();
  const spawn = (): Worker => {
    const w = new Worker(boot, { workerData: { file: workerFile, entities: o.entities } });
    all.add(w);
    w.on('message', (res: BatchResult) => {
      running.delete(w);
      onResult(res);
      feed(w);
    });
    // A worker that dies (out of memory, say) fails its batch record by record; a fresh one takes its place.
    w.on('error', (e) => {
      const b = running.get(w);
      running.delete(w);
      if (b) {
        onResult({
          seq: b.seq,
          results: b.lines.map((line, k) => ({
            ok: false,
            ref: idOfLine(line) ?? `line ${b.firstLine + k}`,
            message: `worker failed: ${e.message.split('\n')[0]}`,
            words: 0,
          })),
        });
      }
      feed(spawn());
    });
    return w;
  };
  const pool = Array.from({ length: Math.max(1, o.workers) }, spawn);
  idle.push(...pool);

  let seq = 0;
  const submit = async (lines: string[], firstLine: number) => {
    while (inFlight >= pool.length * AHEAD_PER_WORKER || (sink.writableNeedDrain ?? false)) {
      await new Promise<void>((res) => {
        wake = res;
        if (sink.writableNeedDrain) sink.once('drain', signal);
      });
    }
    inFlight++;
    queue.push({ seq: seq++, firstLine, lines });
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

  let lineNo = 0;
  let batch: string[] = [];
  let batchChars = 0;
  let first = 1;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    if (done.size) {
      const id = idOfLine(line);
      if (id !== null && done.has(id)) {
        skipped++;
        continue;
      }
    }
    if (!batch.length) first = lineNo;
    batch.push(line);
    batchChars += line.length;
    if (batch.length >= BATCH_LINES || batchChars >= BATCH_CHARS) {
      await submit(batch, first);
      batch = [];
      batchChars = 0;
    }
  }
  if (batch.length) await submit(batch, first);
  while (inFlight > 0) await new Promise<void>((res) => (wake = res));
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
    const stats = {
      workers: pool.length,
      entities: o.entities,
      articles,
      words,
      errors,
      skipped,
      seconds: +seconds.toFixed(2),
      wordsPerSecond: Math.round(words / seconds),
      // From the first answer on: leaves out the workers' start-up (loading lexicons and tagger weights).
      warmWordsPerSecond: warm > 0 ? Math.round((words - wordsAtFirst) / warm) : 0,
      cpuSeconds: +cpuSeconds.toFixed(2),
      wordsPerCpuSecond: Math.round(words / cpuSeconds),
      maxRssMB: Math.round(maxRssMB),
    };
    process.stderr.write(`${JSON.stringify(stats)}\n`);
  }
  return errors ? 1 : 0;
}
