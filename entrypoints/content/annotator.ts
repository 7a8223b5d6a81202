/**
 * Finds glossary terms in text blocks and underlines them with the CSS Custom Highlight API: the
 * page's DOM is never rewritten, so pages keep their own event handlers, selection and layout.
 * Annotating a block again replaces what its text nodes had, so changed text can be re-read.
 */
import type { Matcher } from '@/lib/matcher/matcher';
import { locate, type TextBlock } from './text-blocks';

/** Highlight names are a contract with the tests and the stylesheet: they start with "tifa-". */
export const TERM_HIGHLIGHT = 'tifa-term';
export const ACTIVE_HIGHLIGHT = 'tifa-term-active';

export interface Annotation {
  id: string;
  range: Range;
  /** The text nodes the range runs through. */
  nodes: Text[];
}

/** One annotation's share of a text node: [start, end) in that node's data. */
interface Piece {
  start: number;
  end: number;
  annotation: Annotation;
}

export class Annotator {
  private readonly pieces = new Map<Text, Piece[]>();
  private readonly highlight = new Highlight();

  constructor(private readonly matcher: Matcher) {
    CSS.highlights.set(TERM_HIGHLIGHT, this.highlight);
  }

  /** Number of terms underlined now. */
  get size(): number {
    return this.highlight.size;
  }

  /** Underlines every glossary term in `block`, replacing what its nodes had before. */
  annotateBlock(block: TextBlock): void {
    for (const node of block.nodes) this.forget(node);
    for (const match of this.matcher.find(block.text)) {
      const start = locate(block, match.start);
      const last = locate(block, match.end - 1);
      const range = new Range();
      range.setStart(start.node, start.offset);
      range.setEnd(last.node, last.offset + 1);
      const annotation: Annotation = { id: match.id, range, nodes: [] };
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
      annotation.nodes.push(node);
      const list = this.pieces.get(node);
      const piece = { start: from - nodeStart, end: to - nodeStart, annotation };
      if (list) list.push(piece);
      else this.pieces.set(node, [piece]);
    });
  }

  /** Drops every annotation that runs through `node`. */
  forget(node: Text): void {
    const list = this.pieces.get(node);
    if (!list) return;
    for (const { annotation } of list) {
      this.highlight.delete(annotation.range);
      for (const other of annotation.nodes) {
        if (other === node) continue;
        const rest = this.pieces.get(other)?.filter((p) => p.annotation !== annotation);
        if (rest?.length) this.pieces.set(other, rest);
        else this.pieces.delete(other);
      }
    }
    this.pieces.delete(node);
  }

  /** Drops the annotations of every text node under `root` (which may already be detached). */
  forgetWithin(root: Node): void {
    if (root.nodeType === Node.TEXT_NODE) {
      this.forget(root as Text);
      return;
    }
    const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) this.forget(node as Text);
  }

  /**
   * Annotations touching the caret position (node, offset). A caret sits between two characters,
   * and the one under the pointer is on either side, so two neighbours can both touch it.
   */
  near(node: Node, offset: number): Annotation[] {
    if (node.nodeType !== Node.TEXT_NODE) return [];
    return (this.pieces.get(node as Text) ?? []).filter((p) => offset >= p.start && offset <= p.end).map((p) => p.annotation);
  }

  dispose(): void {
    CSS.highlights.delete(TERM_HIGHLIGHT);
    this.highlight.clear();
    this.pieces.clear();
  }
}
