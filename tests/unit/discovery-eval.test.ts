import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/discovery/evaluate';
import { findCandidates } from '@/lib/discovery/candidates';

const data = parse(readFileSync('seeds/eval/discovery.yaml', 'utf8')) as {
  political: { text: string; expected: unknown[] }[];
  ordinary: { text: string }[];
};

describe('unknown-jargon detectors on the evaluation set', () => {
  it('keep precision over recall: at least 90% precision, 80% recall, almost nothing on ordinary news', () => {
    const political = evaluate(data.political.map((t) => ({ text: t.text, expected: t.expected.map(String) })));
    const ordinary = evaluate(data.ordinary.map((t) => ({ text: t.text, expected: [] })));
    const flagged = political.flagged + ordinary.flagged;
    expect(political.correct / flagged).toBeGreaterThanOrEqual(0.9);
    expect(political.found / political.labelled).toBeGreaterThanOrEqual(0.8);
    expect(ordinary.flagged).toBeLessThanOrEqual(1);
  });
});

describe('findCandidates', () => {
  it('leaves out what the glossary already explains, and maps spans to the original text', () => {
    const text = '深入开展“三抓\n三促”行动，把“八八战略”落到实处';
    const known = [{ start: text.indexOf('八八战略'), end: text.indexOf('八八战略') + 4 }];
    const found = findCandidates(text, known);
    expect(found.map((c) => c.text)).toEqual(['三抓三促']);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('三抓\n三促');
  });
});
