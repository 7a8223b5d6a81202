import { describe, expect, it } from 'vitest';
import type { Entry } from '@/lib/glossary/schema';
import { exportCsv, parseCsv } from '@/lib/transfer/csv';
import { exportJson, type UserData } from '@/lib/transfer/format';
import { MAX_IMPORT_BYTES, parseImport, type ParsedImport } from '@/lib/transfer/parse-import';
import { planImport } from '@/lib/transfer/plan-import';
import { foldTerm } from '@/lib/text/normalize';
import { entry } from './background-harness';

const mine = (id: string, term: string, extra: Partial<Entry> = {}): Entry => ({ ...entry(id, term), owner: 'user', ...extra });
const data: UserData = {
  entries: [
    mine('user-1', '五比五看', { aliases: ['“五比五看”'], definition: { zh: '比作风，看实效。"引号"，逗号，\n换行。', en: 'Compare, then look.' } }),
    mine('user-2', '=SUM(A1)', { english: '+danger', definition: { zh: '', en: '@cmd' } }),
  ],
  notes: [{ id: 'user-1', text: '2024年起。' }],
  overrides: [{ id: 'bbzl', english: 'Eight-Eight' }],
};

function ok(parsed: ParsedImport): UserData {
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.data;
}

describe('export and import', () => {
  it('JSON round-trips entries, notes and overrides', () => {
    const text = exportJson(data, new Date('2026-12-02T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'tifa-glossary', version: 1, exported: '2026-12-02T00:00:00.000Z' });
    expect(ok(parseImport('mine.json', text, text.length))).toEqual(data);
  });

  it('CSV starts with a byte-order mark, defuses formulas, and round-trips quotes and line breaks', () => {
    const csv = exportCsv(data);
    expect(csv.startsWith('\uFEFFid,term,aliases,pinyin')).toBe(true);
    expect(csv).toContain("'=SUM(A1)");
    expect(csv).toContain("'+danger");
    const back = ok(parseImport('mine.csv', csv, csv.length));
    expect(back.entries).toEqual(data.entries);
    expect(back.notes).toEqual(data.notes);
  });

  it('reads a hand-made CSV with only term and definition columns', () => {
    const csv = 'term,definition_zh\n三抓三促,作风建设行动。\n"两个“确保”",指两项目标。\n';
    const back = ok(parseImport('x.csv', csv, csv.length));
    expect(back.entries.map((e) => [e.term, e.category, e.level, e.id.startsWith('user-')])).toEqual([
      ['三抓三促', 'slogan', 'other', true],
      ['两个“确保”', 'slogan', 'other', true],
    ]);
  });

  it.each([
    ['malformed JSON', 'x.json', '{"format":', /not valid JSON/],
    ['another format', 'x.json', '{"format":"anki","version":1,"entries":[]}', /format/],
    ['a wrong type', 'x.json', '{"format":"tifa-glossary","version":1,"entries":[{"term":5,"definition":{"zh":"x"}}]}', /entry 1/],
    ['a missing definition', 'x.csv', 'term\n八八\n', /line 2/],
    ['markup in a field', 'x.json', '{"format":"tifa-glossary","version":1,"entries":[{"term":"x","definition":{"en":"<img src=x onerror=alert(1)>"}}]}', /HTML or script/],
    ['a script link', 'x.csv', 'term,definition_en\nx,javascript:alert(1)\n', /HTML or script/],
    ['a huge string', 'x.csv', `term,definition_en\nx,${'长'.repeat(5000)}\n`, /line 2/],
    ['unknown columns', 'x.csv', 'term,definition_en,password\nx,y,z\n', /unknown columns: password/],
    ['an unknown field', 'x.json', '{"format":"tifa-glossary","version":1,"entries":[{"term":"x","definition":{"en":"y"},"html":"z"}]}', /entry 1/],
  ])('refuses %s with a message that says where', (_what, name, text, message) => {
    const parsed = parseImport(name, text, text.length);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => `${p.where} ${p.field} ${p.message}`).join('\n')).toMatch(message);
  });

  it('refuses a file over the size limit before reading it', () => {
    const parsed = parseImport('big.csv', 'term\n', MAX_IMPORT_BYTES + 1);
    expect(parsed).toEqual({ ok: false, problems: [{ where: 'file', field: '', message: 'larger than 5 MB' }] });
  });
});

describe('the import plan', () => {
  const bundled = entry('bbzl', '八八战略');
  const existing = mine('user-9', '三抓三促');
  const surfaces = new Map<string, Entry>([
    [foldTerm('八八战略'), bundled],
    [foldTerm('三抓三促'), existing],
  ]);

  it('sorts entries into new, changed (by id or by term), unchanged and conflicts', () => {
    const plan = planImport(
      {
        entries: [
          mine('user-a', '五比五看'),
          mine('user-b', '三抓三促', { english: 'Three Grasps' }),
          mine('user-9', '三抓三促', { english: 'Three Grasps' }),
          mine('user-c', '“八八战略”'),
          mine('user-d', '五比五看'),
          mine('bbzl', '新词'),
        ],
        notes: [
          { id: 'user-a', text: 'a' },
          { id: 'bbzl', text: 'follows the renamed entry' },
          { id: 'gone', text: 'nowhere' },
        ],
        overrides: [
          { id: 'bbzl', english: 'E' },
          { id: 'user-9', english: 'not for own entries' },
        ],
      },
      surfaces,
    );
    expect(plan.added.map((e) => e.term)).toEqual(['五比五看', '新词']);
    // A file id that names a bundled entry is not kept: it would shadow that entry.
    expect(plan.added[1]!.id).not.toBe('bbzl');
    expect(plan.changed).toEqual([{ before: existing, after: { ...mine('user-b', '三抓三促', { english: 'Three Grasps' }), id: 'user-9' }, fields: ['english'] }]);
    expect(plan.conflicts.map((c) => [c.entry.term, c.reason, c.existing.term])).toEqual([
      ['三抓三促', 'file', '三抓三促'],
      ['“八八战略”', 'glossary', '八八战略'],
      ['五比五看', 'file', '五比五看'],
    ]);
    // The file's note on its own "bbzl" follows that entry to its new id.
    expect(plan.notes).toEqual([
      { id: 'user-a', text: 'a' },
      { id: plan.added[1]!.id, text: 'follows the renamed entry' },
    ]);
    expect(plan.overrides).toEqual([{ id: 'bbzl', english: 'E' }]);
    expect(plan.skipped).toEqual([
      { id: 'gone', kind: 'note' },
      { id: 'user-9', kind: 'override' },
    ]);
  });

  it('an entry already there unchanged is listed as such', () => {
    const plan = planImport({ entries: [existing], notes: [], overrides: [] }, surfaces);
    expect(plan.unchanged).toEqual([existing]);
    expect(plan.added).toEqual([]);
  });
});

describe('CSV reading', () => {
  it('takes the spreadsheet apostrophe off a defused formula', () => {
    expect(parseCsv("term\n'=1+1\n").rows).toEqual([{ term: '=1+1' }]);
  });
});
