/**
 * Splits a page's visible text into blocks: runs of text nodes that a reader sees as one flow of
 * text. A term split across inline elements (<a>, <em>, <span>) lies inside one block; block
 * boundaries (paragraphs, cells, list items) are never crossed by a match.
 */

/** Elements whose text a reader does not read as page text, or may be typing into (local names). */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'canvas', 'svg', 'math', 'rt', 'rp', 'tifa-card', 'head', 'title',
]);

/** Elements that flow inside a line of text; any other element starts a new block. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'ruby', 'rb', 's', 'samp', 'small', 'span',
  'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

/** Skipped elements that do not render: they do not interrupt the text around them. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

export interface TextBlock {
  text: string;
  nodes: Text[];
  /** Offset of each node's first code unit in `text`. */
  starts: number[];
}

// Node types by value: the walk also runs outside a browser (the scan command parses HTML with
// happy-dom), where the DOM globals do not exist.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isElement(node: Node | null): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

function blockOf(node: Node): Node | null {
  let parent = node.parentNode;
  while (isElement(parent) && INLINE.has(parent.localName)) parent = parent.parentNode;
  return parent;
}

/**
 * Whether the walk leaves `element` and everything in it out. Inside a walk only an element
 * with a contenteditable attribute can start an editable region (asking every element would
 * cost a style check each); a walk's root may lie inside one, so it is asked in full.
 */
function isSkipped(element: Element, isRoot: boolean): boolean {
  if (SKIPPED.has(element.localName)) return true;
  if (!isRoot && !element.hasAttribute('contenteditable')) return false;
  return (element as HTMLElement).isContentEditable === true;
}

function isInlineNode(node: Node): boolean {
  return isText(node) || (isElement(node) && INLINE.has(node.localName));
}

/** The node after `node` in document order within `root`, not entering `node`'s children. */
function nextOutside(node: Node, root: Node): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/**
 * Yields the text blocks of `roots`, in document order. Consecutive roots continue one flow of
 * text, so a run of inline siblings (see runAround) yields the same blocks as its parent would.
 * Open shadow roots met on the way are handed to `onShadowRoot`: their text is a separate tree.
 * The walk follows child and sibling links itself: a TreeWalker with a filter would call back
 * into script for every node of the page.
 */
export function* walkBlocks(roots: readonly Node[], onShadowRoot?: (root: ShadowRoot) => void): Generator<TextBlock> {
  let current: TextBlock | undefined;
  let currentBlock: Node | null = null;
  // Set when an element that is not inline text (a paragraph, an image, an input) is passed.
  let boundary = false;
  // The block of the last text node's parent: siblings in one paragraph share it.
  let lastParent: Node | null = null;
  let lastBlock: Node | null = null;
  for (const root of roots) {
    if ((root.ownerDocument ?? (root as Document)).designMode === 'on') continue;
    for (let node: Node | null = root; node; ) {
      if (isElement(node)) {
        const name = node.localName;
        if (!INLINE.has(name) && !INVISIBLE.has(name)) boundary = true;
        if (isSkipped(node, node === root)) {
          node = nextOutside(node, root);
          continue;
        }
        if (node.shadowRoot && onShadowRoot) onShadowRoot(node.shadowRoot);
      } else if (isText(node) && node.data.length > 0) {
        if (node.parentNode !== lastParent) {
          lastParent = node.parentNode;
          lastBlock = blockOf(node);
        }
        if (!current || boundary || lastBlock !== currentBlock) {
          if (current && /\S/.test(current.text)) yield current;
          current = { text: '', nodes: [], starts: [] };
          currentBlock = lastBlock;
          boundary = false;
        }
        current.starts.push(current.text.length);
        current.nodes.push(node);
        current.text += node.data;
      }
      node = node.firstChild ?? nextOutside(node, root);
    }
  }
  if (current && /\S/.test(current.text)) yield current;
}

/** The text blocks under `root`, in document order. */
export function collectBlocks(root: Node): TextBlock[] {
  return [...walkBlocks([root])];
}

/**
 * The smallest run of nodes whose blocks contain `node`: the node's block-level ancestor's
 * contiguous inline children around it, or the node itself when it is a block element. Re-reading
 * this run after a change is enough; the rest of the page keeps its annotations.
 */
export function runAround(node: Node): Node[] {
  let child = node;
  while (child.parentNode && isElement(child.parentNode) && INLINE.has(child.parentNode.localName)) child = child.parentNode;
  if (!isInlineNode(child)) return [child];
  let first = child;
  while (first.previousSibling && isInlineNode(first.previousSibling)) first = first.previousSibling;
  const run: Node[] = [];
  for (let n: Node | null = first; n && (n === first || isInlineNode(n)); n = n.nextSibling) run.push(n);
  return run;
}

/**
 * The node (and its position in `block.nodes`) and offset of code unit `index` in a block; for a
 * range end, pass `end - 1` and add one.
 */
export function locate(block: TextBlock, index: number): { node: Text; offset: number; nodeIndex: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (block.starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo]!, offset: index - block.starts[lo]!, nodeIndex: lo };
}
