/**
 * What an import would do, before anything is written: which entries are new, which change one
 * of the user's entries (matched by id, else by term), which are already there, and which clash
 * with the glossary (a bundled entry has the term) or with another entry of the same file.
 */
import type { Entry } from '../glossary/schema';
import { formOf, newUserEntryId } from '../glossary/user-entry';
import { foldTerm } from '../text/normalize';
import type { UserData } from './format';

export interface ImportConflict {
  entry: Entry;
  /** The entry that already has one of its terms. */
  existing: { id: string; term: string };
  reason: 'glossary' | 'file';
}

export interface ImportPlan {
  added: Entry[];
  changed: { before: Entry; after: Entry; fields: string[] }[];
  unchanged: Entry[];
  conflicts: ImportConflict[];
  /** Notes and overrides for entries that exist after the import; the rest are listed as skipped. */
  notes: UserData['notes'];
  overrides: UserData['overrides'];
  skipped: { id: string; kind: 'note' | 'override' }[];
}

function changedFields(before: Entry, after: Entry): string[] {
  const a = formOf(before) as Record<string, unknown>;
  const b = formOf(after) as Record<string, unknown>;
  return Object.keys({ ...a, ...b }).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/**
 * `surfaces` maps every folded term and alias of the glossary as it is now (the user's entries
 * and the bundled ones) to its entry.
 */
export function planImport(data: UserData, surfaces: ReadonlyMap<string, Entry>): ImportPlan {
  const plan: ImportPlan = { added: [], changed: [], unchanged: [], conflicts: [], notes: [], overrides: [], skipped: [] };
  const all = new Map([...surfaces.values()].map((e) => [e.id, e]));
  const mine = new Map([...all.values()].filter((e) => e.owner === 'user').map((e) => [e.id, e]));
  const claimed = new Map<string, Entry>();
  /** File id -> id after the import, for the file's notes. */
  const ids = new Map<string, string>();

  for (const incoming of data.entries) {
    const keys = [incoming.term, ...incoming.aliases].map((s) => foldTerm(s));
    const byTerm = surfaces.get(keys[0]!);
    const target = mine.get(incoming.id) ?? (byTerm?.owner === 'user' ? byTerm : undefined);
    // A file id that a bundled entry uses would shadow that entry: it gets an id of its own.
    const id = target?.id ?? (all.has(incoming.id) ? newUserEntryId() : incoming.id);
    const entry = { ...incoming, id };
    const inFile = keys.map((k) => claimed.get(k)).find((e) => e !== undefined);
    if (inFile) {
      plan.conflicts.push({ entry, existing: { id: inFile.id, term: inFile.term }, reason: 'file' });
      continue;
    }
    const clash = keys.map((k) => surfaces.get(k)).find((e) => e !== undefined && e.id !== entry.id);
    if (clash) {
      plan.conflicts.push({ entry, existing: { id: clash.id, term: clash.term }, reason: 'glossary' });
      continue;
    }
    for (const k of keys) claimed.set(k, entry);
    ids.set(incoming.id, id);
    if (!target) plan.added.push(entry);
    else {
      const fields = changedFields(target, entry);
      if (fields.length) plan.changed.push({ before: target, after: entry, fields });
      else plan.unchanged.push(target);
    }
  }

  for (const note of data.notes) {
    const id = ids.get(note.id) ?? note.id;
    if (ids.has(note.id) || all.has(id)) plan.notes.push({ ...note, id });
    else plan.skipped.push({ id: note.id, kind: 'note' });
  }
  for (const override of data.overrides) {
    if (all.get(override.id)?.owner === undefined && all.has(override.id)) plan.overrides.push(override);
    else plan.skipped.push({ id: override.id, kind: 'override' });
  }
  return plan;
}
