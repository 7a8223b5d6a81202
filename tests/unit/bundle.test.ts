import { describe, expect, it } from 'vitest';
import { buildBundle } from '@/lib/glossary/bundle';
import { sentenceAround } from '@/lib/glossary/examples';
import { bundleSchema, type SourceEntry } from '@/lib/glossary/schema';

const corpus = [
  { file: 'a.txt', text: '会议指出，要打出“五战\n\n双强”行动组合拳。全市要推动高质量发展。' },
  { file: 'b.txt', text: '各镇街要紧跟“五战双强”主赛道。' },
];

function source(id: string, term: string, related: string[] = []): SourceEntry {
  return {
    id,
    term,
    aliases: [],
    english: 'x',
    definition: { zh: '释义。', en: 'Definition.' },
    category: 'campaign',
    level: 'yongkang',
    region: '浙江省金华市永康市',
    related,
  };
}

const tools = { pinyin: (term: string) => `py:${term}`, hash: (s: string) => String(s.length).padStart(16, '0') };

describe('sentenceAround', () => {
  it('takes the whole sentence around a match, with OCR breaks removed', () => {
    const text = corpus[0]!.text;
    const at = text.indexOf('五战');
    expect(sentenceAround(text, at, at + 7)).toEqual({ offset: 0, text: '会议指出，要打出“五战双强”行动组合拳。' });
  });
});

describe('buildBundle', () => {
  const located = [
    { file: 'g.yaml', entry: source('wzsq', '五战双强', ['gzl']) },
    { file: 'g.yaml', entry: { ...source('gzl', '高质量发展'), pinyin: 'gāo zhì liàng fā zhǎn' } },
  ];
  const bundle = buildBundle(located, corpus, tools);

  it('produces a bundle that passes its own schema', () => {
    expect(bundleSchema.parse(bundle)).toEqual(bundle);
  });

  it('fills pinyin unless overridden, and names related entries', () => {
    const byId = new Map(bundle.entries.map((e) => [e.id, e]));
    expect(byId.get('wzsq')!.pinyin).toBe('py:五战双强');
    expect(byId.get('gzl')!.pinyin).toBe('gāo zhì liàng fā zhǎn');
    expect(byId.get('wzsq')!.related).toEqual([{ id: 'gzl', term: '高质量发展' }]);
  });

  it('picks corpus examples from different files, citing file and offset', () => {
    const examples = bundle.entries.find((e) => e.id === 'wzsq')!.examples;
    expect(examples.map((e) => e.file).sort()).toEqual(['a.txt', 'b.txt']);
    for (const e of examples) {
      const text = corpus.find((c) => c.file === e.file)!.text;
      expect(text.slice(e.offset).replace(/\s+/g, '').startsWith(e.text)).toBe(true);
    }
  });

  it('is versioned by content', () => {
    const again = buildBundle(located, corpus, tools);
    expect(again.version).toBe(bundle.version);
    const changed = buildBundle([located[0]!], corpus, tools);
    expect(changed.version).not.toBe(bundle.version);
  });
});
