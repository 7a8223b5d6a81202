import { describe, expect, it } from 'vitest';
import { formatError, validateGlossary, type SourceFile } from '@/lib/glossary/validate';

const corpus = [{ file: 'a.txt', text: '全市上下要忠实践行“八八战略”，\n\n加快建设世界五金之都。' }];

function entry(id: string, term: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    term,
    english: 'rendering',
    definition: { zh: '中文释义。', en: 'English definition.' },
    category: 'strategy',
    level: 'zhejiang',
    region: '浙江省',
    ...extra,
  };
}

function errorsOf(files: SourceFile[]) {
  return validateGlossary(files, corpus).errors;
}

describe('validateGlossary', () => {
  it('accepts valid entries', () => {
    const result = validateGlossary([{ file: 'g.yaml', entries: [entry('ba-ba', '八八战略')] }], corpus);
    expect(result.errors).toEqual([]);
    expect(result.entries).toHaveLength(1);
  });

  it('reports a missing field with file, entry and field', () => {
    const { english: _, ...noEnglish } = entry('ba-ba', '八八战略');
    const [error, ...rest] = errorsOf([{ file: 'g.yaml', entries: [noEnglish] }]);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: 'g.yaml', entry: '"ba-ba"', field: 'english' });
    expect(formatError(error!)).toMatch(/^g\.yaml: entry "ba-ba": field "english": /);
  });

  it('names an entry without an id by its position', () => {
    const [error] = errorsOf([{ file: 'g.yaml', entries: [entry('ok', '八八战略'), { term: '无编号' }] }]);
    expect(error).toMatchObject({ entry: '#2' });
  });

  it('reports a bad enum value and an unknown field', () => {
    const errors = errorsOf([{ file: 'g.yaml', entries: [entry('ba-ba', '八八战略', { level: 'county', colour: 'red' })] }]);
    expect(errors.map((e) => e.field).sort()).toEqual(['colour', 'level']);
  });

  it('reports a duplicate id', () => {
    const errors = errorsOf([
      { file: 'a.yaml', entries: [entry('same', '八八战略')] },
      { file: 'b.yaml', entries: [entry('same', '世界五金之都')] },
    ]);
    expect(errors).toEqual([expect.objectContaining({ file: 'b.yaml', entry: '"same"', field: 'id', message: expect.stringContaining('a.yaml') })]);
  });

  it('reports an alias shared by two entries, after folding quotes and width', () => {
    const errors = errorsOf([
      { file: 'g.yaml', entries: [entry('one', '八八战略'), entry('two', '别的', { aliases: ['“八八战略”'] })] },
    ]);
    expect(errors).toEqual([expect.objectContaining({ entry: '"two"', field: 'aliases', message: expect.stringContaining('"one"') })]);
  });

  it('reports a related id that does not exist', () => {
    const errors = errorsOf([{ file: 'g.yaml', entries: [entry('one', '八八战略', { related: ['nowhere'] })] }]);
    expect(errors).toEqual([expect.objectContaining({ field: 'related.0', message: expect.stringContaining('nowhere') })]);
  });

  it('reports an example whose text is not in the corpus', () => {
    const good = { file: 'a.txt', offset: 0, text: '全市上下要忠实践行“八八战略”，加快建设世界五金之都。' };
    const bad = { file: 'a.txt', offset: 0, text: '这句话不在语料里。' };
    const errors = errorsOf([{ file: 'g.yaml', entries: [entry('one', '八八战略', { examples: [good, bad] })] }]);
    expect(errors).toEqual([expect.objectContaining({ field: 'examples.1', message: expect.stringContaining('a.txt') })]);
  });
});
