/**
 * Where the analyser's misses come from, per gold attribution: no predicted claim overlaps (`no-candidate`),
 * a claim is found but the source is wrong, or both are right and the kind is wrong.
 *   PRED=.eval-out/cv npx tsx scripts/attr/breakdown.ts [anon|all]   (after `npm run eval`)
 * With an argument it lists each miss of that group; rule writing uses only articles outside folds 3–4 of the
 * second round (scripts/attr/cv.ts `isUntouched`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { namesMatch, tokenF1 } from '../score';

const gold = 'eval/gold',
  pred = process.env.PRED ?? '.eval-out';
const ids = readdirSync(gold)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));
const cat: Record<string, number> = {};
const inc = (k: string) => (cat[k] = (cat[k] ?? 0) + 1);
for (const id of ids) {
  const G = JSON.parse(readFileSync(join(gold, id + '.json'), 'utf8')).attributions;
  const P = JSON.parse(readFileSync(join(pred, id + '.json'), 'utf8')).attributions;
  for (const g of G) {
    const pre = g.kind === 'anonymous' ? 'anon:' : 'all:';
    const cands = P.filter((p: any) => tokenF1(p.claim.text, g.claim) >= 0.5);
    const srcOk = (p: any) =>
      [p.source.name, p.source.mention?.text]
        .filter(Boolean)
        .some((x: string) => [g.source, g.speaker].filter(Boolean).some((y: string) => namesMatch(x, y)));
    let k: string;
    if (!cands.length) {
      const anyCue = P.some((p: any) => p.cue.text === g.cue);
      k = anyCue ? 'claim-mismatch(cue seen)' : 'no-candidate';
    } else if (!cands.some(srcOk)) k = 'source-wrong';
    else if (!cands.some((p: any) => srcOk(p) && p.source.kind === g.kind))
      k = 'kind-wrong:' + cands.find(srcOk).source.kind;
    else k = 'ok';
    inc(pre + k);
    if (g.kind === 'anonymous') inc('all:' + k);
    if (process.argv[2] === pre.slice(0, -1) && k !== 'ok')
      console.log(
        id,
        k,
        '|',
        g.cue,
        '|',
        g.source,
        '|',
        cands.map((c: any) => c.source.name + '/' + c.source.kind).join(';'),
      );
  }
}
console.log(cat);
