/**
 * What the hover card shows and whether it stays: the entry under an annotation (looked up once
 * per page), the shorter terms inside it, the pinned state, and the active-term highlight.
 */
import type { Entry } from '@/lib/glossary/schema';
import { t } from '@/utils/i18n';
import { ACTIVE_HIGHLIGHT, liveRange, type Annotation, type Annotator } from './annotator';
import type { CardHost } from './card-host';
import type { InnerTerm } from './CardView';

export interface OpenOptions {
  pinned?: boolean;
  /** Move the keyboard focus into the card (keyboard navigation). */
  focus?: boolean;
}

export class CardController {
  private current: Annotation | undefined;
  /** The current annotation's text as a live Range, which the card stays beside. */
  private anchor: Range | undefined;
  private pinnedState = false;
  private focusOnShow = false;
  private readonly entries = new Map<string, Promise<Entry | null>>();

  constructor(
    private readonly card: CardHost,
    private readonly annotator: Annotator,
    private readonly lookupEntry: (id: string) => Promise<Entry | null>,
  ) {}

  get shown(): Annotation | undefined {
    return this.current;
  }

  get pinned(): boolean {
    return this.pinnedState;
  }

  /** The glossary changed (an edit, an import, a pack refresh): entries are looked up afresh. */
  forgetEntries(): void {
    this.entries.clear();
  }

  lookup(id: string): Promise<Entry | null> {
    let entry = this.entries.get(id);
    if (!entry) {
      entry = this.lookupEntry(id);
      this.entries.set(id, entry);
      entry.catch(() => this.entries.delete(id));
    }
    return entry;
  }

  open(annotation: Annotation, options: OpenOptions = {}): void {
    this.current = annotation;
    this.anchor = liveRange(annotation);
    this.pinnedState = options.pinned ?? false;
    this.focusOnShow = options.focus ?? false;
    CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(annotation.range));
    if (annotation.kind === 'candidate') {
      this.show({ state: 'candidate', text: annotation.text, signal: annotation.signal });
      return;
    }
    this.show({ state: 'loading' });
    this.lookup(annotation.id).then(
      (entry) => {
        if (this.current !== annotation) return;
        if (entry) this.showEntry(entry);
        else this.show({ state: 'error', message: t('entryNotFound', liveRange(annotation).toString().replace(/\s+/g, '')) });
      },
      (error: unknown) => this.current === annotation && this.show({ state: 'error', message: t('errorPrefix', String(error)) }),
    );
  }

  /** Shows `entry` for the current annotation (after a lookup, or once the user added it). */
  showEntry(entry: Entry): void {
    if (!this.current) return;
    this.show({ state: 'entry', entry, inner: this.innerTerms(this.current, entry.id), pinned: this.pinnedState });
  }

  togglePin(): void {
    this.pinnedState = !this.pinnedState;
    const annotation = this.current;
    if (annotation?.kind === 'glossary') void this.lookup(annotation.id).then((entry) => entry && this.current === annotation && this.showEntry(entry));
  }

  close(): void {
    this.current = undefined;
    this.anchor = undefined;
    this.pinnedState = false;
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.card.hide();
  }

  private show(content: Parameters<CardHost['show']>[1]): void {
    if (!this.current || !this.anchor) return;
    this.card.show(this.anchor, content);
    if (this.focusOnShow && content.state !== 'loading') {
      this.focusOnShow = false;
      this.card.focus();
    }
  }

  /** Shorter glossary terms inside the annotation's text, each once, the whole match left out. */
  private innerTerms(annotation: Annotation, id: string): InnerTerm[] {
    const text = liveRange(annotation).toString();
    const seen = new Set([id]);
    const inner: InnerTerm[] = [];
    for (const match of this.annotator.findAll(text)) {
      if (seen.has(match.id)) continue;
      seen.add(match.id);
      inner.push({ id: match.id, text: text.slice(match.start, match.end).replace(/\s+/g, '') });
    }
    return inner;
  }
}
