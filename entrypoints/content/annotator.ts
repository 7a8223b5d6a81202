/**
 * Underlines glossary terms, and phrases that look like jargon the glossary lacks, with the CSS
 * Custom Highlight API: the page's DOM is never rewritten, so pages keep their own event handlers,
 * selection and layout. Annotating a block again replaces what its text nodes had, so changed
 * text can be re-read.
 *
 * New underlines, and the removal of old ones, wait for `register()`: Chromium rebuilds the
 * markers of every registered range in the frame after any change to a highlight, so changing
 * them slice by slice would cost time quadratic in their number. The caller registers in a few
 * large batches instead. (Hit-testing sees every change at once.)
 */
import type { Matcher, Match } from '@/lib/matcher/matcher';
import { findCandidates } from '@/lib/discovery/candidates';
import type { SignalKind } from '@/lib/discovery/signals';
import { locate, type TextBlock } from './text-blocks';

/** Highlight names are a contract with the tests and the stylesheet: they start with "tifa-". */
export const TERM_HIGHLIGHT = 'tifa-term';
export const CANDIDATE_HIGHLIGHT = 'tifa-candidate';
export const ACTIVE_HIGHLIGHT = 'tifa-term-active';

/** What an underline stands for: a glossary entry, or a phrase that looks like unknown jargon. */
export type Target = { kind: 'glossary'; id: string } | { kind: 'candidate'; signal: SignalKind; text: string };

export type Annotation = Target & {
  /**
   * Static: Chromium updates every live Range on every change to the page, which with thousands
   * of them makes each insertion or removal cost milliseconds. Changed text is re-read instead.
   */
  range: StaticRange;
  /** The text nodes the range runs through. */
  nodes: Text[];
};

/** One annotation's share of a text node: [start, end) in that node's data. */
interface Piece {
  start: number;
  end: number;
  annotation: Annotation;
}

/** A live Range over an annotation's text, for its geometry and text, made when needed. */
export function liveRange(annotation: Annotation): Range {
  const { startContainer, startOffset, endContainer, endOffset } = annotation.range;
  const range = new Range();
  range.setStart(startContainer, startOffset);
  range.setEnd(endContainer, endOffset);
  return range;
}

/** Document order of two ranges' starts, which are in text nodes of the same tree. */
function compareStarts(a: StaticRange, b: StaticRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  return a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export class Annotator {
  private readonly pieces = new Map<Text, Piece[]>();
  private readonly terms = new Highlight();
  private readonly candidates = new Highlight();
  /** Annotations made since the last `register()`, not yet in a highlight. */
  private readonly unregistered = new Set<Annotation>();
  /** Annotations forgotten since the last `register()`, still in a highlight. */
  private readonly retired = new Set<Annotation>();

  constructor(
    private matcher: Matcher,
    /** Told after each `register()`: the highlights changed (the toolbar badge counts them). */
    private readonly registered: () => void = () => undefined,
  ) {
    CSS.highlights.set(TERM_HIGHLIGHT, this.terms);
    CSS.highlights.set(CANDIDATE_HIGHLIGHT, this.candidates);
  }

  /** Every glossary hit in `text`, overlapping ones included. */
  findAll(text: string): Match[] {
    return this.matcher.findAll(text);
  }

  /** How many glossary terms are underlined. */
  get termCount(): number {
    return this.terms.size;
  }

  /** Glossary annotations in document order (for keyboard navigation). */
  ordered(): Annotation[] {
    const all = new Set<Annotation>();
    for (const list of this.pieces.values()) for (const piece of list) if (piece.annotation.kind === 'glossary') all.add(piece.annotation);
    // Ranges in different trees (the document, shadow roots) cannot be compared: each tree in turn.
    const roots = new Map<Node, Annotation[]>();
    for (const annotation of all) {
      const root = annotation.range.startContainer.getRootNode();
      roots.set(root, [...(roots.get(root) ?? []), annotation]);
    }
    return [...roots.values()].flatMap((list) => list.sort((a, b) => compareStarts(a.range, b.range)));
  }

  /** Uses a new glossary (the user added an entry); blocks read from now on use it. */
  setMatcher(matcher: Matcher): void {
    this.matcher = matcher;
  }

  /** Underlines every glossary term in `block`, replacing what its nodes had; returns the matches. */
  annotateBlock(block: TextBlock): Match[] {
    for (const node of block.nodes) this.forget(node);
    const matches = this.matcher.find(block.text);
    for (const match of matches) this.add(block, match.start, match.end, { kind: 'glossary', id: match.id });
    return matches;
  }

  /** Underlines likely jargon in `block` that none of `known` (its glossary matches) covers. */
  annotateCandidates(block: TextBlock, known: readonly Match[]): void {
    for (const c of findCandidates(block.text, known)) this.add(block, c.start, c.end, { kind: 'candidate', signal: c.kind, text: c.text });
  }

  private add(block: TextBlock, start: number, end: number, what: Target): void {
    const from = locate(block, start);
    const last = locate(block, end - 1);
    const range = new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: last.node, endOffset: last.offset + 1 });
    const annotation: Annotation = { ...what, range, nodes: [] };
    this.unregistered.add(annotation);
    for (let i = from.nodeIndex; i <= last.nodeIndex; i++) {
      const node = block.nodes[i]!;
      const nodeStart = block.starts[i]!;
      const a = Math.max(start, nodeStart);
      const b = Math.min(end, nodeStart + node.data.length);
      if (a >= b) continue;
      annotation.nodes.push(node);
      const list = this.pieces.get(node);
      const piece = { start: a - nodeStart, end: b - nodeStart, annotation };
      if (list) list.push(piece);
      else this.pieces.set(node, [piece]);
    }
  }

  /** Changes waiting for `register()`. */
  get waiting(): number {
    return this.unregistered.size + this.retired.size;
  }

  /** Brings the highlights up to date: one change to each, however many underlines come and go. */
  register(): void {
    for (const annotation of this.retired) this.highlightOf(annotation).delete(annotation.range);
    for (const annotation of this.unregistered) this.highlightOf(annotation).add(annotation.range);
    this.retired.clear();
    this.unregistered.clear();
    this.registered();
  }

  private highlightOf(annotation: Annotation): Highlight {
    return annotation.kind === 'glossary' ? this.terms : this.candidates;
  }

  /** Drops every annotation that runs through `node`. */
  forget(node: Text): void {
    const list = this.pieces.get(node);
    if (!list) return;
    for (const { annotation } of list) {
      if (!this.unregistered.delete(annotation)) this.retired.add(annotation);
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
    CSS.highlights.delete(CANDIDATE_HIGHLIGHT);
    this.terms.clear();
    this.candidates.clear();
    this.pieces.clear();
    this.unregistered.clear();
    this.retired.clear();
  }
}
