/**
 * Reads an import file (JSON export or CSV) into entries, notes and overrides, or into a list of
 * problems, each naming where it is. A file with any problem is refused whole: nothing is written.
 */
import { newUserEntryId, toUserEntry, userEntryFormSchema } from '../glossary/user-entry';
import type { Entry } from '../glossary/schema';
import { LIMITS } from '../limits';
import { ALIAS_SEPARATOR, parseCsv } from './csv';
import { exportFileSchema, importIdSchema, type UserData } from './format';

/** Larger than any glossary a person writes, small enough to read without freezing the page. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportProblem {
  /** Where: "entry 3", "line 7", or "file". */
  where: string;
  field: string;
  message: string;
}

export type ParsedImport = { ok: true; data: UserData; title?: string } | { ok: false; problems: ImportProblem[] };

/** Markup or script in a field: never rendered as HTML, but refused as a sign of a hostile file. */
const MARKUP = /<\s*\/?\s*[a-z!][^>]*>|javascript:/i;

function markupIn(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return MARKUP.test(value) ? path : null;
  if (Array.isArray(value)) return value.map((v, i) => markupIn(v, `${path}[${i}]`)).find((p) => p !== null) ?? null;
  if (value && typeof value === 'object') {
    return Object.entries(value).map(([k, v]) => markupIn(v, path ? `${path}.${k}` : k)).find((p) => p !== null) ?? null;
  }
  return null;
}

function fail(where: string, field: string, message: string): ParsedImport {
  return { ok: false, problems: [{ where, field, message }] };
}

/** One entry from its raw fields: checked like a form, with its id kept when it is a plain one. */
function readEntry(raw: unknown, where: string, problems: ImportProblem[]): Entry | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ where, field: '', message: 'not an object' });
    return null;
  }
  const markup = markupIn(raw);
  if (markup !== null) {
    problems.push({ where, field: markup, message: 'contains HTML or script' });
    return null;
  }
  const { id, ...fields } = raw as Record<string, unknown>;
  const parsedId = id === undefined || id === '' ? null : importIdSchema.safeParse(id);
  if (parsedId && !parsedId.success) problems.push({ where, field: 'id', message: 'not a plain id' });
  const parsed = userEntryFormSchema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ where, field: issue.path.join('.'), message: issue.message });
    return null;
  }
  return toUserEntry(parsedId?.success ? parsedId.data : newUserEntryId(), parsed.data);
}

function parseJson(text: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('file', '', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const file = exportFileSchema.safeParse(json);
  if (!file.success) {
    const issue = file.error.issues[0]!;
    return fail('file', issue.path.join('.'), issue.message);
  }
  const problems: ImportProblem[] = [];
  const entries = file.data.entries.flatMap((raw, i) => readEntry(raw, `entry ${i + 1}`, problems) ?? []);
  for (const [list, name] of [[file.data.notes, 'notes'], [file.data.overrides, 'overrides']] as const) {
    list.forEach((item, i) => {
      const markup = markupIn(item);
      if (markup !== null) problems.push({ where: `${name} ${i + 1}`, field: markup, message: 'contains HTML or script' });
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, data: { entries, notes: file.data.notes, overrides: file.data.overrides }, title: file.data.title };
}

function parseCsvFile(text: string): ParsedImport {
  const table = parseCsv(text);
  const problems: ImportProblem[] = table.problems.map((p) => ({ where: `line ${p.line}`, field: '', message: p.message }));
  if (table.rows.length > LIMITS.importEntries) return fail('file', '', `more than ${LIMITS.importEntries} rows`);
  const entries: Entry[] = [];
  const notes: UserData['notes'] = [];
  table.rows.forEach((row, i) => {
    const cell = (name: string) => row[name]?.trim() ?? '';
    const raw = {
      ...(cell('id') ? { id: cell('id') } : {}),
      term: cell('term'),
      aliases: cell('aliases') ? cell('aliases').split(ALIAS_SEPARATOR.trim()).map((s) => s.trim()).filter(Boolean) : [],
      pinyin: cell('pinyin'),
      english: cell('english'),
      definition: { zh: cell('definition_zh'), en: cell('definition_en') },
      ...(cell('category') ? { category: cell('category') } : {}),
      ...(cell('level') ? { level: cell('level') } : {}),
      region: cell('region'),
    };
    const entry = readEntry(raw, `line ${i + 2}`, problems);
    if (!entry) return;
    entries.push(entry);
    const note = cell('note');
    if (note) {
      if (MARKUP.test(note)) problems.push({ where: `line ${i + 2}`, field: 'note', message: 'contains HTML or script' });
      else if (note.length > LIMITS.note) problems.push({ where: `line ${i + 2}`, field: 'note', message: `longer than ${LIMITS.note} characters` });
      else notes.push({ id: entry.id, text: note });
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, data: { entries, notes, overrides: [] } };
}

/** Reads a file the user chose: JSON by content (or a .json name), CSV otherwise. */
export function parseImport(name: string, text: string, bytes: number): ParsedImport {
  if (bytes > MAX_IMPORT_BYTES) return fail('file', '', `larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/\.json$/i.test(name) || trimmed.startsWith('{')) return parseJson(trimmed);
  return parseCsvFile(text);
}
