/**
 * Runs long work in slices so the page's main thread is never blocked for long: each slice works
 * for a few milliseconds, then yields to the page (input, rendering) before the next one.
 */
const SLICE_MS = 8;

/** Yields to the event loop without setTimeout's 4 ms clamp on nested timers. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Calls `step` until it returns false, in slices of about SLICE_MS. Only one run is active at a
 * time: `schedule` while running just makes sure the work continues.
 */
export class SliceRunner {
  private running = false;
  private stopped = false;

  constructor(private readonly step: () => boolean) {}

  schedule(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    void this.loop();
  }

  stop(): void {
    this.stopped = true;
  }

  private async loop(): Promise<void> {
    let more = true;
    while (more && !this.stopped) {
      const deadline = performance.now() + SLICE_MS;
      while ((more = this.step()) && performance.now() < deadline);
      if (more) await yieldToPage();
    }
    this.running = false;
  }
}
