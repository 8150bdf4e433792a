// `--resume`: the ids already in OUT. A run stopped mid-write leaves a partial last line; it is cut off here so
// that the appended records start on a line of their own.
import { createReadStream, existsSync, statSync, truncateSync } from 'node:fs';

const ID_AT_START = /^\{"id":"((?:[^"\\]|\\.)*)"/;

/** The id of an output (or input) line, cheaply when it comes first, as the corpus run writes it. */
export function idOfLine(line: string): string | null {
  const m = ID_AT_START.exec(line);
  if (m) return JSON.parse(`"${m[1]}"`) as string;
  try {
    const r = JSON.parse(line) as { id?: unknown };
    return typeof r.id === 'string' ? r.id : typeof r.id === 'number' ? String(r.id) : null;
  } catch {
    return null;
  }
}

/** Reads OUT, returns the ids of its complete lines and truncates an incomplete last line. */
export async function doneIds(out: string): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!existsSync(out)) return ids;
  let rest: Buffer = Buffer.alloc(0);
  let complete = 0; // bytes up to and including the last newline
  for await (const chunk of createReadStream(out) as AsyncIterable<Buffer>) {
    let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let nl = buf.indexOf(10);
    while (nl >= 0) {
      const line = buf.subarray(0, nl).toString('utf8');
      complete += nl + 1;
      const id = line.trim() ? idOfLine(line) : null;
      if (id !== null) ids.add(id);
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(10);
    }
    rest = Buffer.from(buf);
  }
  if (statSync(out).size !== complete) truncateSync(out, complete);
  return ids;
}
