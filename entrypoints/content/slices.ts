/**
 * Runs long work in slices so the page's main thread is never blocked for long: each slice works
 * for a few milliseconds, then yields to the page (input, rendering) before the next one.
 */
const SLICE_MS = 8;

/** `scheduler.yield()` (Chromium 129+): lets input and rendering run, then resumes ahead of other tasks. */
interface YieldingScheduler {
  yield: () => Promise<void>;
}

const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;

/** Yields to the event loop; elsewhere a message, without setTimeout's 4 ms clamp on nested timers. */
function yieldToPage(): Promise<void> {
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
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

  constructor(
    private readonly step: () => boolean,
    /** Called at the end of each slice after which work remains. */
    private readonly afterSlice: () => void = () => {},
  ) {}

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
      if (more) {
        this.afterSlice();
        await yieldToPage();
      }
    }
    this.running = false;
  }
}
