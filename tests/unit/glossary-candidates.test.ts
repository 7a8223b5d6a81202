import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankCandidates, type Candidate } from '@/scripts/candidates-rank';
import { jiebaSegmenter } from '@/scripts/candidates-jieba';
import { fold, foldTerm } from '@/lib/text/normalize';

const GLOSSARY = [
  { surface: '五战双强', id: 'wu-zhan-shuang-qiang' },
  { surface: '开门红', id: 'kai-men-hong' },
  { surface: '强城兴村融合', id: 'qiang-cheng-xing-cun-rong-he' },
];

// Two-column OCR breaks lines inside words, as in seeds/corpus.
const CORPUS = [
  {
    file: 'a.txt',
    text:
      '本报讯（融媒记者李梦楚）12月30日上午，市委常委会召开扩大会议。会议强调，要涵养“跳\n\n起摸高”的勇气，' +
      '确保首季“开门红”，打好“五战双强”组合拳，干字为先、落实为要，走好“强城”路。要提质增效，推动产业提档。',
  },
  {
    file: 'b.txt',
    text:
      '本报讯（融媒记者李梦楚）1月3日，全会召开。全会要求干字为先、落实为要，保持“跳起摸高”的姿态，' +
      '紧扣“五战\n双强”主赛道，坚持“以日保周、以周保旬、以旬保月、以月保季”，持续提质增效，推动产业提档。',
  },
];

function rank(limit = 50): Candidate[] {
  const segmenter = jiebaSegmenter(GLOSSARY.map((k) => foldTerm(k.surface)));
  return rankCandidates(CORPUS, GLOSSARY, segmenter, limit);
}

describe('rankCandidates', () => {
  const candidates = rank();
  const byText = new Map(candidates.map((c) => [c.text, c]));

  it('ranks quoted phrases, chains and recurring rare n-grams, best first', () => {
    expect(byText.get('跳起摸高')).toMatchObject({ count: 2, signals: ['quoted', 'ngram'] });
    expect(byText.get('干字为先、落实为要')).toMatchObject({ count: 2, signals: ['chain'] });
    expect(byText.get('以日保周、以周保旬、以旬保月、以月保季')?.signals).toEqual(['chain', 'quoted']);
    expect(byText.get('提质增效')?.signals).toEqual(['ngram']);
    const scores = candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(candidates.indexOf(byText.get('跳起摸高')!)).toBeLessThan(candidates.indexOf(byText.get('提质增效')!));
  });

  it('gives contexts with UTF-16 offsets into the original text, across line breaks', () => {
    const contexts = byText.get('跳起摸高')!.contexts;
    expect(contexts.map((c) => c.file)).toEqual(['a.txt', 'b.txt']);
    for (const { file, offset, snippet } of contexts) {
      const text = CORPUS.find((c) => c.file === file)!.text;
      expect(fold(text.slice(offset)).text.startsWith('跳起摸高')).toBe(true);
      expect(snippet).toContain('【跳起摸高】');
    }
    expect(contexts[0]!.offset).toBe(CORPUS[0]!.text.indexOf('跳\n\n起摸高'));
  });

  it('leaves out glossary terms and their pieces, names, dates and phrases nested in a better one', () => {
    const texts = candidates.map((c) => c.text);
    for (const covered of ['五战双强', '开门红', '强城']) expect(texts).not.toContain(covered);
    expect(texts.some((t) => t.includes('李梦楚') || /\d/.test(t))).toBe(false);
    expect(texts).not.toContain('落实为要');
  });

  it('stops at the limit', () => {
    expect(rank(2)).toHaveLength(2);
  });
});

describe('npm run glossary:candidates', () => {
  it('prints one JSON object per candidate, at most --limit of them', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/glossary-candidates.ts', '--json', '--limit', '5'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Candidate & { rank: number });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(5);
    expect(lines.map((c) => c.rank)).toEqual(lines.map((_, i) => i + 1));
    for (const c of lines) {
      expect(Object.keys(c)).toEqual(['rank', 'text', 'score', 'count', 'signals', 'rarity', 'contexts']);
      expect(c.contexts.length).toBeGreaterThan(0);
      expect(c.contexts.length).toBeLessThanOrEqual(3);
      for (const { file, offset } of c.contexts) {
        const text = readFileSync(join('seeds/corpus', file), 'utf8');
        expect(fold(text.slice(offset)).text.startsWith(foldTerm(c.text))).toBe(true);
      }
    }
  }, 30_000);

  it('rejects an unknown option with its usage', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/glossary-candidates.ts', '--top'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run glossary:candidates');
  }, 30_000);
});
