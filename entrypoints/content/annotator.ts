/**
 * Finds glossary terms in a document's text blocks and underlines them with the CSS Custom
 * Highlight API: the page's DOM is never rewritten, so pages keep their own event handlers,
 * selection and layout.
 */
import type { Matcher } from '@/lib/matcher/matcher';
import { collectBlocks, locate, type TextBlock } from './text-blocks';

/** Highlight names are a contract with the tests and the stylesheet: they start with "tifa-". */
export const TERM_HIGHLIGHT = 'tifa-term';
export const ACTIVE_HIGHLIGHT = 'tifa-term-active';

export interface Annotation {
  id: string;
  range: Range;
}

/** One annotation's share of a text node: [start, end) in that node's data. */
interface Piece {
  start: number;
  end: number;
  annotation: Annotation;
}

export class Annotator {
  readonly annotations: Annotation[] = [];
  private readonly pieces = new Map<Text, Piece[]>();
  private readonly highlight = new Highlight();

  constructor(private readonly matcher: Matcher) {
    CSS.highlights.set(TERM_HIGHLIGHT, this.highlight);
  }

  /** Underlines every glossary term under `root`. */
  annotate(root: Node): void {
    for (const block of collectBlocks(root)) this.annotateBlock(block);
  }

  private annotateBlock(block: TextBlock): void {
    for (const match of this.matcher.find(block.text)) {
      const start = locate(block, match.start);
      const last = locate(block, match.end - 1);
      const range = new Range();
      range.setStart(start.node, start.offset);
      range.setEnd(last.node, last.offset + 1);
      const annotation = { id: match.id, range };
      this.annotations.push(annotation);
      this.highlight.add(range);
      this.index(block, match.start, match.end, annotation);
    }
  }

  private index(block: TextBlock, start: number, end: number, annotation: Annotation): void {
    block.nodes.forEach((node, i) => {
      const nodeStart = block.starts[i]!;
      const from = Math.max(start, nodeStart);
      const to = Math.min(end, nodeStart + node.data.length);
      if (from >= to) return;
      const list = this.pieces.get(node) ?? [];
      list.push({ start: from - nodeStart, end: to - nodeStart, annotation });
      this.pieces.set(node, list);
    });
  }

  /**
   * Annotations touching the caret position (node, offset). A caret sits between two characters,
   * and the one under the pointer is on either side, so two neighbours can both touch it.
   */
  near(node: Node, offset: number): Annotation[] {
    if (!(node instanceof Text)) return [];
    return (this.pieces.get(node) ?? []).filter((p) => offset >= p.start && offset <= p.end).map((p) => p.annotation);
  }

  dispose(): void {
    CSS.highlights.delete(TERM_HIGHLIGHT);
    this.highlight.clear();
    this.pieces.clear();
    this.annotations.length = 0;
  }
}
