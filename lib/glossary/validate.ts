import type { z } from 'zod';
import { sourceEntrySchema, type SourceEntry } from './schema';
import { foldTerm } from '../text/normalize';
import { exampleInCorpus, type CorpusFile } from './examples';

/** Raw entries as parsed from one source file. */
export interface SourceFile {
  file: string;
  entries: unknown[];
}

export interface GlossaryError {
  file: string;
  /** The entry's id where it has one, else its position in the file ("#3"). */
  entry: string;
  field: string;
  message: string;
}

export function formatError(e: GlossaryError): string {
  return `${e.file}: entry ${e.entry}: field "${e.field}": ${e.message}`;
}

export interface Located {
  file: string;
  entry: SourceEntry;
}

function entryLabel(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? `"${id}"` : `#${index + 1}`;
}

function schemaErrors(file: string, label: string, error: z.ZodError): GlossaryError[] {
  return error.issues.map((issue) => ({
    file,
    entry: label,
    field: issue.path.length ? issue.path.join('.') : (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(entry)'),
    message: issue.message,
  }));
}

/**
 * Checks every entry against the schema, then the rules that span entries: unique ids, no surface
 * string claimed by two entries, related ids that exist, examples that stand in the corpus.
 */
export function validateGlossary(files: readonly SourceFile[], corpus: readonly CorpusFile[]): { entries: Located[]; errors: GlossaryError[] } {
  const errors: GlossaryError[] = [];
  const entries: Located[] = [];
  for (const { file, entries: raws } of files) {
    raws.forEach((raw, index) => {
      const parsed = sourceEntrySchema.safeParse(raw);
      if (parsed.success) entries.push({ file, entry: parsed.data });
      else errors.push(...schemaErrors(file, entryLabel(raw, index), parsed.error));
    });
  }

  const byId = new Map<string, Located>();
  for (const located of entries) {
    const { file, entry } = located;
    const first = byId.get(entry.id);
    if (first) errors.push({ file, entry: `"${entry.id}"`, field: 'id', message: `duplicate id, first used in ${first.file}` });
    else byId.set(entry.id, located);
  }

  const owner = new Map<string, string>();
  for (const { file, entry } of entries) {
    const own = new Set<string>();
    for (const surface of [entry.term, ...entry.aliases]) {
      const key = foldTerm(surface);
      if (own.has(key)) continue;
      own.add(key);
      const other = owner.get(key);
      if (other !== undefined && other !== entry.id) {
        errors.push({ file, entry: `"${entry.id}"`, field: surface === entry.term ? 'term' : 'aliases', message: `"${surface}" is already a term or alias of "${other}"` });
      } else {
        owner.set(key, entry.id);
      }
    }
  }

  for (const { file, entry } of entries) {
    entry.related.forEach((id, i) => {
      if (!byId.has(id)) errors.push({ file, entry: `"${entry.id}"`, field: `related.${i}`, message: `no entry has id "${id}"` });
      if (id === entry.id) errors.push({ file, entry: `"${entry.id}"`, field: `related.${i}`, message: 'an entry cannot be related to itself' });
    });
    entry.examples?.forEach((example, i) => {
      if (!exampleInCorpus(example, corpus)) {
        errors.push({ file, entry: `"${entry.id}"`, field: `examples.${i}`, message: `text not found in corpus file "${example.file}" at offset ${example.offset}` });
      }
    });
  }
  return { entries, errors };
}
