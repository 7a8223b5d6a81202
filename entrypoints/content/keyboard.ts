/**
 * Next and previous term from the keyboard (manifest commands, rebindable in the browser): scrolls
 * the term into view, opens its card pinned with the focus in it (Tab then reaches its actions),
 * and announces the position to screen readers.
 */
import { t } from '@/utils/i18n';
import { liveRange, type Annotator } from './annotator';
import type { CardController } from './card-controller';

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
    const annotation = list[this.index]!;
    annotation.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.controller.open(annotation, { pinned: true, focus: true });
    this.announce(t('jumpAnnouncement', String(this.index + 1), String(list.length), liveRange(annotation).toString().replace(/\s+/g, '')));
  }
}
