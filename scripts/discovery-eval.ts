/** npm run discovery:eval: precision and recall of the jargon detectors on seeds/eval/discovery.yaml. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { evaluate, type LabelledText } from '../lib/discovery/evaluate';

interface EvalSet {
  political: LabelledText[];
  ordinary: { text: string }[];
}

const data = parse(readFileSync('seeds/eval/discovery.yaml', 'utf8')) as EvalSet;
const political = evaluate(data.political.map((t) => ({ text: t.text, expected: t.expected.map(String) })));
const ordinary = evaluate(data.ordinary.map((t) => ({ text: t.text, expected: [] })));

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
const flagged = political.flagged + ordinary.flagged;
console.log(`political texts: ${data.political.length}, labelled phrases: ${political.labelled}`);
console.log(`ordinary texts:  ${data.ordinary.length} (nothing labelled)`);
console.log(`precision: ${pct(political.correct, flagged)} (${political.correct} of ${flagged} flagged phrases are labelled jargon)`);
console.log(`recall:    ${pct(political.found, political.labelled)} (${political.found} of ${political.labelled} labelled phrases flagged)`);
console.log(`flags on ordinary texts: ${ordinary.flagged}`);
for (const fp of [...political.falsePositives, ...ordinary.falsePositives]) console.log(`  false positive: ${fp.phrase}`);
for (const missed of political.missed) console.log(`  missed: ${missed}`);
