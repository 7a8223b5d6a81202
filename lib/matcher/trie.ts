/**
 * A compiled trie over folded code units, stored in typed arrays so that it can be built once per
 * glossary version, sent to content scripts as a few strings, and loaded without rebuilding.
 *
 * Matching is leftmost-longest: at each position the longest term starting there wins, and the
 * scan resumes after it. Work per position is bounded by the longest term, so a scan is linear in
 * the text for a fixed glossary.
 */

const NONE = -1;

/** ASCII digits and letters (folded to lower case): a code like "132" must not match inside "1324". */
function isWordCode(code: number): boolean {
  return isDigit(code) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True when `a` then `b` read as one word or number (1324, 132.5, 132%, 0.132). */
function joined(a: number, b: number): boolean {
  if (isWordCode(a) && isWordCode(b)) return true;
  return (isDigit(a) && (b === 0x2e || b === 0x25)) || (a === 0x2e && isDigit(b));
}

export interface CompiledTrie {
  /** edgeStart[n]..edgeStart[n+1] are node n's edges, sorted by code unit. */
  edgeStart: Int32Array;
  edgeCode: Uint16Array;
  edgeTarget: Int32Array;
  /** The payload index of the term ending at a node, or -1. */
  value: Int32Array;
}

interface BuildNode {
  children: Map<number, BuildNode>;
  value: number;
}

/** Builds the trie. `keys[i]` gets payload `i`; an empty key is ignored; a repeated key keeps its first payload. */
export function compileTrie(keys: readonly string[]): CompiledTrie {
  const root: BuildNode = { children: new Map(), value: NONE };
  let nodeCount = 1;
  keys.forEach((key, payload) => {
    if (key.length === 0) return;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.children.get(code);
      if (!child) {
        child = { children: new Map(), value: NONE };
        node.children.set(code, child);
        nodeCount++;
      }
      node = child;
    }
    if (node.value === NONE) node.value = payload;
  });

  const edgeStart = new Int32Array(nodeCount + 1);
  const edgeCode = new Uint16Array(nodeCount - 1);
  const edgeTarget = new Int32Array(nodeCount - 1);
  const value = new Int32Array(nodeCount);
  // Breadth-first numbering: node ids are assigned in the order nodes are queued.
  const queue: BuildNode[] = [root];
  let edge = 0;
  for (let id = 0; id < queue.length; id++) {
    const node = queue[id]!;
    value[id] = node.value;
    edgeStart[id] = edge;
    const codes = [...node.children.keys()].sort((a, b) => a - b);
    for (const code of codes) {
      edgeCode[edge] = code;
      edgeTarget[edge] = queue.length;
      queue.push(node.children.get(code)!);
      edge++;
    }
  }
  edgeStart[nodeCount] = edge;
  return { edgeStart, edgeCode, edgeTarget, value };
}

/** A match in the scanned string: [start, end) and the payload of the term. */
export interface TrieMatch {
  start: number;
  end: number;
  payload: number;
}

export class TrieScanner {
  /** Direct table for the root's edges: most positions fail on their first code unit. */
  private readonly rootNext: Int32Array;

  constructor(private readonly trie: CompiledTrie) {
    this.rootNext = new Int32Array(0x10000).fill(NONE);
    for (let e = trie.edgeStart[0]!; e < trie.edgeStart[1]!; e++) {
      this.rootNext[trie.edgeCode[e]!] = trie.edgeTarget[e]!;
    }
  }

  private step(node: number, code: number): number {
    const { edgeStart, edgeCode, edgeTarget } = this.trie;
    let lo = edgeStart[node]!;
    let hi = edgeStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = edgeCode[mid]!;
      if (c === code) return edgeTarget[mid]!;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return NONE;
  }

  /**
   * Leftmost-longest, non-overlapping matches in `text`, folding each code unit through `fold` on
   * the fly (0 drops a unit): no folded copy of the text is made, and offsets are the original's.
   * A match that begins or ends with an ASCII letter or digit must not touch another one there.
   */
  scan(text: string, fold: Readonly<Uint16Array>): TrieMatch[] {
    const out: TrieMatch[] = [];
    const { value } = this.trie;
    const rootNext = this.rootNext;
    const n = text.length;
    let previous = 0;
    for (let i = 0; i < n; i++) {
      const code = fold[text.charCodeAt(i)]!;
      if (code === 0) continue;
      const before = previous;
      previous = code;
      let node = rootNext[code]!;
      if (node === NONE || joined(before, code)) continue;
      let best = NONE;
      let bestEnd = i + 1;
      let last = code;
      for (let j = i; j < n; j++) {
        if (j > i) {
          const next = fold[text.charCodeAt(j)]!;
          if (next === 0) continue;
          node = this.step(node, next);
          if (node === NONE) break;
          last = next;
        }
        const v = value[node]!;
        if (v !== NONE && !joined(last, this.nextCode(text, j + 1, fold))) {
          best = v;
          bestEnd = j + 1;
        }
      }
      if (best !== NONE) {
        out.push({ start: i, end: bestEnd, payload: best });
        i = bestEnd - 1;
        previous = last;
      }
    }
    return out;
  }

  /** The first kept folded code unit at or after `from`, or 0 at the end. */
  private nextCode(text: string, from: number, fold: Readonly<Uint16Array>): number {
    for (let k = from; k < text.length; k++) {
      const code = fold[text.charCodeAt(k)]!;
      if (code !== 0) return code;
    }
    return 0;
  }
}
