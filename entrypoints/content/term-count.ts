/**
 * Reports how many terms the page has underlined (the toolbar badge) when the highlights change,
 * at most once per quiet spell and only when the number moved.
 */
const QUIET_MS = 300;

export class TermCounter {
  private last = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly count: () => number,
    private readonly report: (count: number) => void,
  ) {}

  changed(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const now = this.count();
      if (now === this.last) return;
      this.last = now;
      this.report(now);
    }, QUIET_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
