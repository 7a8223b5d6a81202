/**
 * Opens the card for the term under the pointer after a short, steady delay, keeps it open while
 * the pointer is on the term or inside the card, and closes it once the pointer has left both.
 */
import type { Entry } from '@/lib/glossary/schema';
import { ACTIVE_HIGHLIGHT, type Annotation, type Annotator } from './annotator';
import type { CardHost } from './card-host';
import { annotationAt } from './hit-test';

const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 300;

export class HoverController {
  private shown: Annotation | undefined;
  private pending: Annotation | undefined;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private last: { x: number; y: number; inCard: boolean } | undefined;
  private readonly entries = new Map<string, Promise<Entry | null>>();

  constructor(
    private readonly doc: Document,
    private readonly annotator: Annotator,
    private readonly card: CardHost,
    private readonly lookup: (id: string) => Promise<Entry | null>,
    private readonly shadowRoots: () => ShadowRoot[] = () => [],
  ) {}

  attach(): () => void {
    const move = (event: PointerEvent) => this.onMove(event);
    const leave = () => this.scheduleHide();
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && this.shown) this.close();
    };
    // Escape inside the card does not reach the document (the card keeps its keys to itself).
    this.card.element.addEventListener('keydown', key);
    this.doc.addEventListener('pointermove', move, { passive: true });
    this.doc.addEventListener('keydown', key);
    this.doc.documentElement.addEventListener('pointerleave', leave);
    return () => {
      this.doc.removeEventListener('pointermove', move);
      this.doc.removeEventListener('keydown', key);
      this.doc.documentElement.removeEventListener('pointerleave', leave);
      this.close();
    };
  }

  private onMove(event: PointerEvent): void {
    // composedPath() is empty once dispatch is over, so ask about the card now.
    this.last = { x: event.clientX, y: event.clientY, inCard: this.card.shown && this.card.contains(event) };
    // One hit test per frame, however fast the pointer events come.
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.last) this.update(this.last);
    });
  }

  private update(pointer: { x: number; y: number; inCard: boolean }): void {
    if (pointer.inCard) {
      this.cancelHide();
      return;
    }
    const target = annotationAt(this.annotator, this.doc, pointer.x, pointer.y, this.shadowRoots());
    if (target && target === this.shown) {
      this.cancelShow();
      this.cancelHide();
    } else if (target) {
      if (target !== this.pending) this.scheduleShow(target);
    } else {
      this.cancelShow();
      if (this.shown) this.scheduleHide();
    }
  }

  private scheduleShow(annotation: Annotation): void {
    this.cancelShow();
    this.pending = annotation;
    this.showTimer = setTimeout(() => {
      this.pending = undefined;
      this.open(annotation);
    }, SHOW_DELAY_MS);
  }

  private cancelShow(): void {
    clearTimeout(this.showTimer);
    this.pending = undefined;
  }

  private scheduleHide(): void {
    // A card the user is typing in stays until Escape or a click elsewhere.
    if (this.hideTimer !== undefined || this.card.focused) return;
    this.hideTimer = setTimeout(() => this.close(), HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private entry(id: string): Promise<Entry | null> {
    let entry = this.entries.get(id);
    if (!entry) {
      entry = this.lookup(id);
      this.entries.set(id, entry);
      entry.catch(() => this.entries.delete(id));
    }
    return entry;
  }

  private open(annotation: Annotation): void {
    this.cancelHide();
    this.shown = annotation;
    CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(annotation.range));
    if (annotation.kind === 'candidate') {
      this.card.show(annotation.range, { state: 'candidate', text: annotation.text, signal: annotation.signal });
      return;
    }
    this.card.show(annotation.range, { state: 'loading' });
    this.entry(annotation.id).then(
      (entry) => {
        if (this.shown !== annotation) return;
        this.card.show(annotation.range, entry ? { state: 'entry', entry } : { state: 'error', message: annotation.id });
      },
      (error: unknown) => {
        if (this.shown === annotation) this.card.show(annotation.range, { state: 'error', message: String(error) });
      },
    );
  }

  /** Shows `entry` in the open card (after the user added it from a candidate's card). */
  showEntry(entry: Entry): void {
    if (this.shown) this.card.show(this.shown.range, { state: 'entry', entry });
  }

  close(): void {
    this.cancelShow();
    this.cancelHide();
    this.shown = undefined;
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.card.hide();
  }
}
