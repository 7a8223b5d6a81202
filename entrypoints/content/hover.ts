/**
 * Opens the card for the term under the pointer after a short, steady delay, keeps it open while
 * the pointer is on the term or inside the card, and closes it once the pointer has left both.
 * A pinned card, or one the user is typing in, stays until closed.
 */
import type { Annotation, Annotator } from './annotator';
import type { CardHost } from './card-host';
import type { CardController } from './card-controller';
import { annotationAt } from './hit-test';

const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 300;

interface Pointer {
  x: number;
  y: number;
  inCard: boolean;
}

export class HoverController {
  private pending: Annotation | undefined;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private last: Pointer | undefined;

  constructor(
    private readonly doc: Document,
    private readonly annotator: Annotator,
    private readonly card: CardHost,
    private readonly controller: CardController,
    private readonly shadowRoots: () => ShadowRoot[] = () => [],
  ) {}

  attach(): () => void {
    const move = (event: PointerEvent) => this.onMove(event);
    const leave = () => this.scheduleHide();
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && this.controller.shown) this.close();
    };
    const press = (event: PointerEvent) => {
      // A click elsewhere on the page closes even a pinned card.
      if (this.controller.shown && !this.card.contains(event)) this.close();
    };
    this.doc.addEventListener('pointermove', move, { passive: true });
    this.doc.addEventListener('pointerdown', press, { passive: true });
    this.doc.addEventListener('keydown', key);
    // Escape inside the card does not reach the document (the card keeps its keys to itself).
    this.card.element.addEventListener('keydown', key);
    this.doc.documentElement.addEventListener('pointerleave', leave);
    return () => {
      this.doc.removeEventListener('pointermove', move);
      this.doc.removeEventListener('pointerdown', press);
      this.doc.removeEventListener('keydown', key);
      this.card.element.removeEventListener('keydown', key);
      this.doc.documentElement.removeEventListener('pointerleave', leave);
      this.close();
    };
  }

  private onMove(event: PointerEvent): void {
    // composedPath() is empty once dispatch is over, so ask about the card now.
    this.last = { x: event.clientX, y: event.clientY, inCard: this.controller.shown !== undefined && this.card.contains(event) };
    // One hit test per frame, however fast the pointer events come.
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.last) this.update(this.last);
    });
  }

  private update(pointer: Pointer): void {
    if (pointer.inCard) {
      this.cancelHide();
      return;
    }
    if (this.controller.pinned) return;
    const target = annotationAt(this.annotator, this.doc, pointer.x, pointer.y, this.shadowRoots());
    if (target && target === this.controller.shown) {
      this.cancelShow();
      this.cancelHide();
    } else if (target) {
      if (target !== this.pending) this.scheduleShow(target);
    } else {
      this.cancelShow();
      if (this.controller.shown) this.scheduleHide();
    }
  }

  private scheduleShow(annotation: Annotation): void {
    this.cancelShow();
    this.pending = annotation;
    this.showTimer = setTimeout(() => {
      this.pending = undefined;
      this.cancelHide();
      this.controller.open(annotation);
    }, SHOW_DELAY_MS);
  }

  private cancelShow(): void {
    clearTimeout(this.showTimer);
    this.pending = undefined;
  }

  private scheduleHide(): void {
    if (this.hideTimer !== undefined || this.controller.pinned || this.card.editing) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      if (!this.controller.pinned && !this.card.editing) this.close();
    }, HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  close(): void {
    this.cancelShow();
    this.cancelHide();
    this.controller.close();
  }
}
