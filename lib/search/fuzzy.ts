/** Tolerant comparisons for the last-resort tier of search. */

/**
 * Whether `q` is within one edit (a letter changed, added, dropped, or two neighbours swapped) of
 * `text[from, to)`, or, with `prefix`, of some prefix of it (the user may not have typed it all).
 */
export function withinOneEdit(q: string, text: string, from: number, to: number, prefix: boolean): boolean {
  const m = q.length;
  let i = 0;
  let j = from;
  while (i < m && j < to && q.charCodeAt(i) === text.charCodeAt(j)) {
    i++;
    j++;
  }
  if (i === m) return prefix || to - j <= 1;
  const swapped = i + 1 < m && j + 1 < to && q.charCodeAt(i) === text.charCodeAt(j + 1) && q.charCodeAt(i + 1) === text.charCodeAt(j);
  return (
    restMatches(q, i + 1, text, j + 1, to, prefix) ||
    restMatches(q, i + 1, text, j, to, prefix) ||
    restMatches(q, i, text, j + 1, to, prefix) ||
    (swapped && restMatches(q, i + 2, text, j + 2, to, prefix))
  );
}

/**
 * After the edit the rest must match too. In prefix mode a typo in the last letter typed counts
 * only when it completes the text: else every text sharing the letters before it would match.
 * (A plain function, not a closure: this runs for every entry of a fuzzy query.)
 */
function restMatches(q: string, qi: number, text: string, tj: number, to: number, prefix: boolean): boolean {
  const n = q.length - qi;
  if (prefix && n > 0 ? tj + n > to : to - tj !== n) return false;
  for (let k = 0; k < n; k++) if (q.charCodeAt(qi + k) !== text.charCodeAt(tj + k)) return false;
  return true;
}

/**
 * A quick test that rejects most texts before withinOneEdit: one edit leaves the first letter in
 * place, or else the text from its first or second letter on lines up with the query's first or
 * second letter (a letter changed, added or dropped at the start, or the first two swapped).
 * Needs a query of three letters or more.
 */
export function mayBeWithinOneEdit(q: string, text: string, at: number): boolean {
  const q0 = q.charCodeAt(0);
  const q1 = q.charCodeAt(1);
  const q2 = q.charCodeAt(2);
  const t0 = text.charCodeAt(at);
  const t1 = text.charCodeAt(at + 1);
  const t2 = text.charCodeAt(at + 2);
  return t0 === q0 || (t1 === q1 && t2 === q2) || (t0 === q1 && t1 === q2) || (t1 === q0 && t2 === q1) || (t0 === q1 && t1 === q0);
}

/** Whether every character of `q` appears in `text[from, to)` in order. */
export function isSubsequence(q: string, text: string, from: number, to: number): boolean {
  let j = from;
  for (let i = 0; i < q.length; i++) {
    const code = q.charCodeAt(i);
    while (j < to && text.charCodeAt(j) !== code) j++;
    if (j === to) return false;
    j++;
  }
  return true;
}
