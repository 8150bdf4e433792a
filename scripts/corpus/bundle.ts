/**
 * The corpus worker as one plain JavaScript file, built with esbuild (a pinned devDependency, also what tsx and
 * Vite use) into node_modules/.cache/isnad-corpus/. Worker threads then load JavaScript that Node runs as is:
 * no tsx loader compiling the analyser's TypeScript again in every thread (docs/corpus.md, "Throughput").
 * The bundle is reused while every source file it was built from keeps its size and modification time, and
 * rebuilt (≈ 0.5 s) otherwise, so it is never stale.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const dir = join(root, 'node_modules', '.cache', 'isnad-corpus');
const bundleFile = join(dir, 'worker.mjs');
/** The inputs the bundle was built from, with their size and mtime. */
const stampFile = join(dir, 'worker.inputs.json');

/**
 * JSON data (tagger weights, word clusters: ≈ 8 MB) is read from its file when the worker starts, with
 * JSON.parse: V8 parses JSON several times faster than it compiles the same data inlined as JavaScript.
 */
const jsonAtRuntime: Plugin = {
  name: 'json-at-runtime',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => ({
      contents:
        `import { readFileSync } from 'node:fs';\n` +
        `export default JSON.parse(readFileSync(${JSON.stringify(args.path)}, 'utf8'));\n`,
      loader: 'js',
    }));
  },
};

type Stamp = Record<string, [size: number, mtimeMs: number]>;

function stampOf(paths: string[]): Stamp | null {
  const out: Stamp = {};
  for (const p of paths) {
    if (!existsSync(p)) return null;
    const s = statSync(p);
    out[p] = [s.size, s.mtimeMs];
  }
  return out;
}

function upToDate(): boolean {
  if (!existsSync(bundleFile) || !existsSync(stampFile)) return false;
  try {
    const old = JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp;
    const now = stampOf(Object.keys(old));
    return now !== null && Object.entries(old).every(([p, [size, mtime]]) => now[p][0] === size && now[p][1] === mtime);
  } catch {
    return false;
  }
}

/** Builds the worker bundle unless the cached one is current; returns its path. */
export async function workerBundle(): Promise<string> {
  if (upToDate()) return bundleFile;
  const r = await build({
    entryPoints: [join(here, 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [jsonAtRuntime],
  });
  // The .json files are read at run time: they are inputs of the bundle like the sources.
  const inputs = Object.keys(r.metafile.inputs).map((p) => resolve(process.cwd(), p));
  const stamp = stampOf(inputs);
  mkdirSync(dir, { recursive: true });
  // Written whole, then renamed: a run started at the same moment never loads half a file.
  const tmp = `${bundleFile}.${process.pid}.tmp`;
  writeFileSync(tmp, r.outputFiles[0].contents);
  renameSync(tmp, bundleFile);
  if (stamp) writeFileSync(stampFile, JSON.stringify(stamp));
  return bundleFile;
}
