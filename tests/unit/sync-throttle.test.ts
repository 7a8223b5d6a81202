import { describe, expect, it } from 'vitest';
import { WriteThrottle } from '@/lib/sync/throttle';

describe('WriteThrottle', () => {
  it('allows the minute\'s writes, then waits until the oldest leaves the window', () => {
    const throttle = new WriteThrottle({ perMinute: 3, perHour: 100 });
    for (const t of [0, 10, 20]) {
      expect(throttle.nextAt(t)).toBe(t);
      throttle.record(t);
    }
    expect(throttle.nextAt(30)).toBe(60_000);
    expect(throttle.nextAt(60_000)).toBe(60_000);
  });

  it('holds to the hourly limit across minutes', () => {
    const throttle = new WriteThrottle({ perMinute: 100, perHour: 5 });
    for (let i = 0; i < 5; i++) throttle.record(i * 60_000);
    expect(throttle.nextAt(5 * 60_000)).toBe(3_600_000);
    expect(throttle.nextAt(3_600_000)).toBe(3_600_000);
  });
});
