import type { SyncClock } from '../ports';

/** A clock that moves only when told to, running the timers that fall due in time order. */
export class FakeClock implements SyncClock {
  private timers: { at: number; seq: number; run: () => void }[] = [];
  private seq = 0;

  constructor(private time = Date.UTC(2026, 0, 1)) {}

  now(): number {
    return this.time;
  }

  setTimer(ms: number, run: () => void): () => void {
    const timer = { at: this.time + Math.max(0, ms), seq: this.seq++, run };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Moves time forward by `ms`, running due timers (each at its own time). */
  advance(ms: number): void {
    const target = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.run();
    }
    this.time = target;
  }

  get timerCount(): number {
    return this.timers.length;
  }
}
