package vanban.batch;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for a terminal: documents done of the total, MB/s, and the estimated
 * time left ({@code [######    ] 4210/10000 docs  3.1 MB/s  ETA 0:42}), redrawn at most a few
 * times a second with a carriage return.
 */
public final class TerminalProgress implements ProgressListener {
  private static final long REDRAW_NANOS = 250_000_000L;
  private static final int BAR = 24;

  private final PrintStream out;
  private final LongSupplier clock;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong bytesDone = new AtomicLong();
  private final AtomicLong lastDraw = new AtomicLong();
  private volatile long total;
  private volatile long totalBytes;
  private volatile long start;
  private volatile boolean drawn;

  public TerminalProgress(PrintStream out) {
    this(out, System::nanoTime);
  }

  TerminalProgress(PrintStream out, LongSupplier nanoClock) {
    this.out = out;
    this.clock = nanoClock;
  }

  @Override
  public void started(long files, long bytes) {
    total = files;
    totalBytes = bytes;
    start = clock.getAsLong();
    lastDraw.set(start);
  }

  @Override
  public void advanced(long bytes) {
    long n = done.incrementAndGet();
    bytesDone.addAndGet(bytes);
    long now = clock.getAsLong();
    long last = lastDraw.get();
    if ((now - last >= REDRAW_NANOS || n == total) && lastDraw.compareAndSet(last, now)) {
      draw(line(n, bytesDone.get(), now - start));
    }
  }

  @Override
  public void phase(String name, long count) {
    draw(name + (count > 0 ? " (" + count + ")" : "") + "…");
  }

  @Override
  public synchronized void finished() {
    if (drawn) {
      out.print("\r\033[K");
      out.flush();
    }
  }

  /** The bar for {@code n} documents and {@code bytes} bytes done after {@code elapsedNanos}. */
  String line(long n, long bytes, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
    int filled = total == 0 ? BAR : (int) Math.min(BAR, n * BAR / total);
    double mbps = bytes / 1e6 / seconds;
    String eta = "--:--";
    if (n > 0 && total > n) {
      double fraction = totalBytes > 0 ? (double) bytes / totalBytes : (double) n / total;
      long left = fraction > 0 ? Math.round(seconds / fraction - seconds) : -1;
      if (left >= 0) {
        eta = String.format("%d:%02d", left / 60, left % 60);
      }
    } else if (total <= n) {
      eta = "0:00";
    }
    return String.format(
        "[%s%s] %d/%d docs  %.1f MB/s  ETA %s",
        "#".repeat(filled), " ".repeat(BAR - filled), n, total, mbps, eta);
  }

  private synchronized void draw(String line) {
    out.print("\r\033[K" + line);
    out.flush();
    drawn = true;
  }
}
