/**
 * Command-line analyser.
 *   npm run --silent analyze -- [--format json|text|conll] FILE...   (`-` reads stdin)
 *   npm run --silent analyze -- --jsonl IN.jsonl[.gz] [--out OUT.jsonl] [--workers N] [--resume] [--no-entities]
 *     a corpus of JSON Lines articles through worker threads (scripts/corpus/run.ts)
 * A `.txt` file is article text (title, blank line, body); an `.html` file is a page whose article is extracted
 * first (lib/page/extract.ts). JSON output is one Analysis per input (JSON Lines for several inputs); text output
 * groups claims by source; `--format conll` hands the input to scripts/analyze-conll.ts (`runConll`).
 * Unreadable, binary or empty input: a one-line error on stderr and exit code 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Analysis, Attribution } from '../lib/analysis/schema';

type Format = 'json' | 'text' | 'conll';

class InputError extends Error {}

function usage(): never {
  process.stderr.write('usage: npm run --silent analyze -- [--format json|text|conll] FILE... (- for stdin)\n');
  process.exit(2);
}

function parseArgs(argv: string[]): { format: Format; files: string[] } {
  let format: Format = 'json';
  const files: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--format' || a === '-f') {
      const v = argv[++k];
      if (v !== 'json' && v !== 'text' && v !== 'conll') usage();
      format = v;
    } else if (a.startsWith('--format=')) {
      const v = a.slice('--format='.length);
      if (v !== 'json' && v !== 'text' && v !== 'conll') usage();
      format = v;
    } else if (a === '--help' || a === '-h') usage();
    else files.push(a);
  }
  if (!files.length) usage();
  return { format, files };
}

function readInput(file: string): string {
  let buf: Buffer;
  try {
    buf = file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!buf.length) throw new InputError(`${file}: empty input`);
  // Binary: NUL bytes or invalid UTF-8.
  if (buf.includes(0)) throw new InputError(`${file}: binary input (NUL bytes), expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError(`${file}: empty input (only whitespace)`);
  return text;
}

async function articleText(file: string, raw: string): Promise<string> {
  const isHtml = /\.x?html?$/i.test(file) || (file === '-' && /^\s*(?:<!doctype html|<html)/i.test(raw));
  if (!isHtml) return raw;
  let extractArticle: ((doc: Document) => { text: string } | null) | undefined;
  try {
    ({ extractArticle } = await import('../lib/page/extract'));
  } catch {
    throw new InputError(`${file}: HTML input needs lib/page/extract.ts, which is not available`);
  }
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM(raw);
  const art = extractArticle?.(dom.window.document as unknown as Document);
  if (!art?.text?.trim()) throw new InputError(`${file}: no article found in this page`);
  return art.text;
}

/** A readable report: claims grouped by source, anonymous sources flagged. */
export function textReport(name: string, a: Analysis): string {
  const out: string[] = [`# ${name}`];
  const s = a.summary;
  out.push(
    `${s.claims} claims · person ${s.claimsByKind.person} · organization ${s.claimsByKind.organization} · anonymous ${s.claimsByKind.anonymous} (${Math.round(s.anonymousShare * 100)}%) · ${s.distinctSources.named} named / ${s.distinctSources.anonymous} anonymous sources`,
  );
  for (const w of a.warnings) if (w.kind !== 'anonymous-claim') out.push(`! ${w.message.en} — ${w.message.ar}`);
  const groups = new Map<string, Attribution[]>();
  for (const at of a.attributions) {
    const key = `${at.source.kind}\u0000${at.source.name}`;
    const g = groups.get(key);
    if (g) g.push(at);
    else groups.set(key, [at]);
  }
  for (const [key, list] of groups) {
    const [kind, name] = key.split('\u0000');
    const role = list.find((x) => x.source.role)?.source.role;
    out.push('', `## ${name}${role ? ` — ${role}` : ''} [${kind}${kind === 'anonymous' ? ' ⚠' : ''}]`);
    for (const at of list) out.push(`  - (${at.cue.text}) ${at.claim.text}`);
  }
  if (a.entities.length) {
    out.push('', '## entities');
    for (const t of ['person', 'organization', 'location'] as const) {
      const names = a.entities.filter((e) => e.type === t).map((e) => e.name);
      if (names.length) out.push(`  ${t}: ${names.join('، ')}`);
    }
  }
  return out.join('\n');
}

const CORPUS_USAGE =
  'usage: npm run --silent analyze -- --jsonl IN.jsonl[.gz] [--out OUT.jsonl] [--workers N] [--resume] [--no-entities] [--stats]\n';

async function corpusMain(argv: string[]): Promise<never> {
  const { defaultWorkers, runCorpus } = await import('./corpus/run');
  const o = {
    input: '',
    out: null as string | null,
    workers: defaultWorkers(),
    resume: false,
    entities: true,
    stats: false,
  };
  const bad = (msg: string): never => {
    process.stderr.write(`analyze: ${msg}\n${CORPUS_USAGE}`);
    process.exit(2);
  };
  for (let k = 0; k < argv.length; k++) {
    const [a, inline] = argv[k].startsWith('--') && argv[k].includes('=') ? argv[k].split(/=(.*)/s) : [argv[k]];
    const value = () => inline ?? argv[++k] ?? bad(`${a} needs a value`);
    if (a === '--jsonl') o.input = value();
    else if (a === '--out' || a === '-o') o.out = value();
    else if (a === '--workers' || a === '-j') {
      const v = value();
      o.workers = /^[1-9]\d{0,2}$/.test(v) ? Number(v) : bad(`--workers wants a whole number from 1, got ${v}`);
    } else if (a === '--resume') o.resume = true;
    else if (a === '--no-entities') o.entities = false;
    else if (a === '--stats') o.stats = true;
    else bad(`unknown option ${a}`);
  }
  if (!o.input) bad('--jsonl needs a file (- for stdin)');
  if (o.resume && !o.out) bad('--resume needs --out');
  if (o.input !== '-' && !existsSync(o.input)) bad(`cannot read ${o.input}: ENOENT`);
  process.exit(await runCorpus(o));
}

async function main(): Promise<void> {
  if (process.argv.slice(2).some((a) => a === '--jsonl' || a.startsWith('--jsonl='))) {
    await corpusMain(process.argv.slice(2));
  }
  const { format, files } = parseArgs(process.argv.slice(2));
  let failed = false;
  for (const file of files) {
    try {
      const raw = readInput(file);
      if (format === 'conll') {
        let runConll: ((input: string) => string) | undefined;
        try {
          ({ runConll } = await import('./analyze-conll'));
        } catch {
          throw new InputError('--format conll needs scripts/analyze-conll.ts, which is not available');
        }
        if (typeof runConll !== 'function') throw new InputError('scripts/analyze-conll.ts does not export runConll');
        process.stdout.write(runConll(raw));
        continue;
      }
      const text = await articleText(file, raw);
      // Loaded here, not at the top: a corpus run (--jsonl) analyses in its workers only.
      const { analyze } = await import('../lib/analysis/index');
      const analysis = analyze(text);
      if (format === 'json') process.stdout.write(`${JSON.stringify(analysis)}\n`);
      else process.stdout.write(`${textReport(file, analysis)}\n\n`);
    } catch (e) {
      failed = true;
      const msg = e instanceof InputError ? e.message : `${file}: ${(e as Error).message}`;
      process.stderr.write(`analyze: ${msg.split('\n')[0]}\n`);
    }
  }
  process.exit(failed ? 1 : 0);
}

// `… | head` closes the pipe early: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main();
