/**
 * The user's own glossary: entries they write, edit, delete (and restore, for undo), import, and
 * their English renderings of bundled entries. Every change makes the glossary service rebuild its
 * matcher and tells open pages, so a new term is underlined at once.
 */
import { TifaError } from '@/lib/errors';
import type { Entry, UserEntryInput } from '@/lib/glossary/schema';
import { newUserEntryId, toUserEntry, userEntryFormSchema, type UserEntryForm } from '@/lib/glossary/user-entry';
import { foldTerm } from '@/lib/text/normalize';
import type { GlossaryService } from './glossary-service';
import type { TifaDb } from './storage/database';
import { allEntries, deleteUserEntry, putUserEntries, putUserEntry } from './storage/entries';
import { setOverride } from './storage/overrides';
import { importUserData } from './storage/import';
import type { UserData } from '@/lib/transfer/format';
import { planImport, type ImportPlan } from '@/lib/transfer/plan-import';

export class UserGlossary {
  constructor(
    private readonly db: Promise<TifaDb>,
    private readonly glossary: GlossaryService,
    /** Rebuilds the matcher and tells open pages. */
    private readonly changed: () => Promise<void>,
  ) {}

  async list(): Promise<Entry[]> {
    return allEntries(await this.db, 'user');
  }

  /** Creates (no id) or replaces (id) an entry; a term or alias another entry has is refused. */
  async save(form: UserEntryForm, id?: string): Promise<Entry> {
    const parsed = userEntryFormSchema.safeParse(form);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new TifaError('invalid', issue.message, issue.path.join('.'));
    }
    const fields = parsed.data;
    const entry = toUserEntry(id ?? newUserEntryId(), fields);
    await this.refuseDuplicates(entry);
    await putUserEntry(await this.db, entry);
    await this.changed();
    return entry;
  }

  /** The card's quick add: a term and one definition, the language told by its script. */
  add(input: UserEntryInput): Promise<Entry> {
    const chinese = /[\u3400-\u9fff]/.test(input.definition);
    return this.save({ term: input.term, english: input.english ?? '', definition: chinese ? { zh: input.definition } : { en: input.definition } });
  }

  /** Deletes an entry and hands it back, so the options page can offer to undo. */
  async delete(id: string): Promise<Entry | null> {
    const removed = await deleteUserEntry(await this.db, id);
    if (removed) await this.changed();
    return removed ?? null;
  }

  /** Puts back entries as they were (undo of a delete, or an import): one transaction. */
  async restore(entries: readonly Entry[]): Promise<void> {
    for (const entry of entries) await this.refuseDuplicates(entry, entries);
    await putUserEntries(await this.db, entries.map((entry) => ({ ...entry, owner: 'user' as const })));
    await this.changed();
  }

  async exportData(): Promise<UserData> {
    const db = await this.db;
    const [entries, notes, overrides] = await Promise.all([allEntries(db, 'user'), db.getAll('notes'), db.getAll('overrides')]);
    return { entries, notes: notes.map(({ id, text }) => ({ id, text })), overrides: overrides.map(({ id, english }) => ({ id, english })) };
  }

  async planImport(data: UserData): Promise<ImportPlan> {
    return planImport(data, await this.glossary.surfaceIndex());
  }

  /** Writes what the plan says, planned again here, in one transaction: all of it or nothing. */
  async applyImport(data: UserData): Promise<ImportPlan> {
    const plan = await this.planImport(data);
    await importUserData(await this.db, [...plan.added, ...plan.changed.map((c) => c.after)], plan.notes, plan.overrides);
    await this.changed();
    return plan;
  }

  async setEnglish(id: string, english: string): Promise<void> {
    await setOverride(await this.db, id, english);
    await this.changed();
  }

  /**
   * A surface (term or alias) of `entry` that another entry already has: the error names that
   * entry, so the form can offer to edit it instead. Entries arriving together (`batch`) may
   * replace each other's old versions.
   */
  private async refuseDuplicates(entry: Entry, batch: readonly Entry[] = []): Promise<void> {
    const ids = new Set([entry.id, ...batch.map((e) => e.id)]);
    const seen = new Set<string>();
    for (const surface of [entry.term, ...entry.aliases]) {
      const key = foldTerm(surface);
      if (seen.has(key)) continue;
      seen.add(key);
      const existing = await this.glossary.lookupTerm(surface);
      if (existing && !ids.has(existing.id)) {
        throw new TifaError('duplicate', `“${surface}” is already in the glossary (${existing.term}).`, existing.term, existing.id);
      }
    }
  }

}
