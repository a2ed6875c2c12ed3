package vanban.batch;

import java.time.Duration;

/**
 * How an indexing run uses the machine and how much work a crash may cost.
 *
 * @param threads extractor threads feeding the one index writer
 * @param commitEvery commit after this many indexed documents, so a crash redoes at most this many
 * @param commitInterval commit at least this often while documents are being indexed
 */
public record BatchOptions(int threads, int commitEvery, Duration commitInterval) {
  /** One thread per available processor, a commit every 1000 documents or 30 seconds. */
  public static BatchOptions defaults() {
    return new BatchOptions(Runtime.getRuntime().availableProcessors(), 1000, Duration.ofSeconds(30));
  }

  public BatchOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1: " + commitEvery);
    }
  }
}
