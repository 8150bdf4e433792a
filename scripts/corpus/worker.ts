// A corpus worker: analyses batches of JSON Lines records (scripts/corpus/record.ts) and sends the lines back.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeLine, type LineResult } from './record';

export interface Batch {
  seq: number;
  /** 1-based input line number of lines[0]. */
  firstLine: number;
  lines: string[];
}
export interface BatchResult {
  seq: number;
  results: LineResult[];
}

const entities: boolean = workerData.entities;
parentPort!.on('message', (b: Batch) => {
  const results = b.lines.map((line, k) => analyzeLine(line, b.firstLine + k, entities));
  parentPort!.postMessage({ seq: b.seq, results } satisfies BatchResult);
});
