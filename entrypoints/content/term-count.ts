/**
 * Reports how many terms the page has underlined (the toolbar badge), once the first pass is done
 * and again after the page changes, never more than once per quiet spell.
 */
const QUIET_MS = 400;

export function watchTermCount(doc: Document, idle: () => Promise<void>, count: () => number, report: (count: number) => void): () => void {
  let last = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const check = () =>
    idle().then(() => {
      const now = count();
      if (stopped || now === last) return;
      last = now;
      report(now);
    });
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), QUIET_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  void check();
  return () => {
    stopped = true;
    clearTimeout(timer);
    observer.disconnect();
  };
}
