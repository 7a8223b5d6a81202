/** Spaces writes to storage.sync so that no window of a minute or an hour holds more than its limit. */
export interface WriteLimits {
  perMinute: number;
  perHour: number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

export class WriteThrottle {
  private times: number[] = [];

  constructor(private readonly limits: WriteLimits) {}

  /** The earliest time the next write may go (now or earlier when it may go at once). */
  nextAt(now: number): number {
    this.times = this.times.filter((t) => t > now - HOUR);
    let at = now;
    const inMinute = this.times.filter((t) => t > now - MINUTE);
    if (inMinute.length >= this.limits.perMinute) at = Math.max(at, inMinute[inMinute.length - this.limits.perMinute]! + MINUTE);
    if (this.times.length >= this.limits.perHour) at = Math.max(at, this.times[this.times.length - this.limits.perHour]! + HOUR);
    return at;
  }

  record(now: number): void {
    this.times.push(now);
  }
}
