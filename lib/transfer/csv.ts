/**
 * The user's entries as CSV for spreadsheets and flashcard tools: UTF-8 with a byte-order mark
 * (so spreadsheet programs read Chinese correctly), one entry per row, its note in the last column.
 */
import Papa from 'papaparse';
import type { UserData } from './format';

export const CSV_COLUMNS = ['id', 'term', 'aliases', 'pinyin', 'english', 'definition_zh', 'definition_en', 'category', 'level', 'region', 'note'] as const;
export const ALIAS_SEPARATOR = ' | ';
const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe:
 * an exported glossary must not become code in someone's spreadsheet (CSV injection).
 */
function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function exportCsv(data: UserData): string {
  const notes = new Map(data.notes.map((n) => [n.id, n.text]));
  const rows = data.entries.map((e) =>
    [e.id, e.term, e.aliases.join(ALIAS_SEPARATOR), e.pinyin, e.english, e.definition.zh, e.definition.en, e.category, e.level, e.region, notes.get(e.id) ?? ''].map(safeCell),
  );
  return BOM + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' });
}

export interface CsvTable {
  rows: Record<string, string>[];
  /** Problems of the file as a whole or of a line (1-based, the header is line 1). */
  problems: { line: number; message: string }[];
}

export function parseCsv(text: string): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const problems = parsed.errors.map((e) => ({ line: (e.row ?? 0) + 2, message: e.message }));
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('term')) problems.unshift({ line: 1, message: 'no "term" column' });
  const unknown = fields.filter((f) => !(CSV_COLUMNS as readonly string[]).includes(f));
  if (unknown.length) problems.unshift({ line: 1, message: `unknown columns: ${unknown.join(', ')}` });
  // A spreadsheet's protective apostrophe comes off again on the way back in.
  const rows = parsed.data.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/^'(?=[=+\-@\t\r])/, '') : ''])));
  return { rows, problems };
}
