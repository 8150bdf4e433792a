/**
 * A corpus worker: analyses batches of JSON Lines records (scripts/corpus/record.ts). A batch arrives as the
 * UTF-8 bytes of whole input lines and leaves as the UTF-8 bytes of its output lines, one message each way
 * (no per-record messages, no decoding or encoding on the main thread). Run from the esbuild bundle
 * (scripts/corpus/bundle.ts), not through tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeLine } from './record';
import { idOfLine } from './resume';
import { threadCpuSeconds } from './thread-cpu';

export interface Batch {
  type: 'batch';
  seq: number;
  /** 1-based input line number of the batch's first line. */
  firstLine: number;
  /** Whole input lines, UTF-8, each ending in a newline (but perhaps the input's last). */
  bytes: Uint8Array;
}
export interface RecordError {
  ref: string;
  message: string;
}
export interface BatchResult {
  type: 'result';
  seq: number;
  /** Output lines, UTF-8, each ending in a newline. */
  out: Uint8Array;
  articles: number;
  words: number;
  skipped: number;
  errors: RecordError[];
}
export interface WorkerStats {
  type: 'stats';
  /** This thread's CPU time, in all and up to the first batch (loading the analyser). */
  cpuSeconds: number | null;
  startupCpuSeconds: number | null;
  /** Wall time from the thread's start to the analyser loaded. */
  startupSeconds: number;
}
export interface WorkerSetup {
  entities: boolean;
  /** `--resume`: ids already written, skipped here. */
  done: string[];
}

const setup = workerData as WorkerSetup;
const done = new Set(setup.done);
const startupSeconds = performance.now() / 1000;
const startupCpuSeconds = threadCpuSeconds();
const encoder = new TextEncoder();

function analyzeBatch(b: Batch): BatchResult {
  // Buffer's UTF-8 decoder is markedly faster than TextDecoder's on Node 20.
  const lines = Buffer.from(b.bytes.buffer, b.bytes.byteOffset, b.bytes.byteLength).toString('utf8').split('\n');
  const out: string[] = [];
  const errors: RecordError[] = [];
  let words = 0;
  let skipped = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (!line.trim()) continue;
    if (done.size) {
      const id = idOfLine(line);
      if (id !== null && done.has(id)) {
        skipped++;
        continue;
      }
    }
    const r = analyzeLine(line, b.firstLine + k, setup.entities);
    if (r.ok) {
      out.push(r.line);
      words += r.words;
    } else errors.push({ ref: r.ref, message: r.message });
  }
  const bytes = encoder.encode(out.length ? `${out.join('\n')}\n` : '');
  return { type: 'result', seq: b.seq, out: bytes, articles: out.length, words, skipped, errors };
}

parentPort!.on('message', (m: Batch | { type: 'stats' }) => {
  if (m.type === 'stats') {
    parentPort!.postMessage({
      type: 'stats',
      cpuSeconds: threadCpuSeconds(),
      startupCpuSeconds,
      startupSeconds,
    } satisfies WorkerStats);
    return;
  }
  const res = analyzeBatch(m);
  parentPort!.postMessage(res, [res.out.buffer as ArrayBuffer]);
});
