/**
 * Next and previous term from the keyboard (manifest commands, rebindable in the browser): scrolls
 * the term into view, opens its card pinned with the focus in it (Tab then reaches its actions),
 * and announces the position to screen readers.
 */
import { t } from '@/utils/i18n';
import { liveRange, type Annotation, type Annotator } from './annotator';
import type { CardController } from './card-controller';

/**
 * Brings a term into view: its element first (which may sit in a scrolled box), then the window
 * onto the term itself, since a paragraph can be taller than the viewport.
 */
function scrollToRange(range: Range): void {
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > innerHeight) scrollBy({ top: rect.top - innerHeight / 2, behavior: 'instant' });
}

export class KeyboardNavigator {
  private index = -1;

  constructor(
    private readonly annotator: Annotator,
    private readonly controller: CardController,
    private readonly announce: (text: string) => void,
  ) {}

  step(direction: 1 | -1): void {
    const list = this.annotator.ordered();
    if (list.length === 0) return;
    const shown = this.controller.shown;
    const from = shown ? list.indexOf(shown) : -1;
    const start = from >= 0 ? from : this.index;
    this.index = start < 0 ? (direction > 0 ? 0 : list.length - 1) : (start + direction + list.length) % list.length;
    this.jump(list, this.index);
  }

  /**
   * Jumps to the next occurrence of entry `id` after the term shown now (the popup's "on this
   * page" list): each click goes one further, round to the first. False when the page lacks it.
   */
  reveal(id: string): boolean {
    const list = this.annotator.ordered();
    const shown = this.controller.shown;
    const from = shown ? list.indexOf(shown) : -1;
    for (let step = 1; step <= list.length; step++) {
      const index = (from + step + list.length) % list.length;
      const annotation = list[index]!;
      if (annotation.kind === 'glossary' && annotation.id === id) {
        this.index = index;
        this.jump(list, index);
        return true;
      }
    }
    return false;
  }

  private jump(list: Annotation[], index: number): void {
    const annotation = list[index]!;
    scrollToRange(liveRange(annotation));
    this.controller.open(annotation, { pinned: true, focus: true });
    this.announce(t('jumpAnnouncement', String(index + 1), String(list.length), liveRange(annotation).toString().replace(/\s+/g, '')));
  }
}
