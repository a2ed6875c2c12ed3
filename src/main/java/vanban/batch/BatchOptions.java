package vanban.batch;

import java.time.Duration;

/**
 * How an indexing run uses the machine and how much work a crash may cost. The defaults and the
 * checks live here only: {@code vanban index} shows these defaults in its help and reports these
 * checks as bad option values.
 *
 * @param threads extractor threads feeding the one index writer, at least 1
 * @param commitEvery commit after this many indexed documents, so a crash redoes at most this many;
 *     at least 1
 * @param commitInterval commit at least this often while documents are being indexed; at least one
 *     second
 */
public record BatchOptions(int threads, int commitEvery, Duration commitInterval) {
  /** Documents between commits of a run that is not told otherwise. */
  public static final int DEFAULT_COMMIT_EVERY = 1000;

  /** Seconds between commits of a run that is not told otherwise. */
  public static final int DEFAULT_COMMIT_SECONDS = 30;

  /** One extractor thread per available processor. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * One thread per available processor, a commit every {@value #DEFAULT_COMMIT_EVERY} documents or
   * {@value #DEFAULT_COMMIT_SECONDS} seconds.
   */
  public static BatchOptions defaults() {
    return new BatchOptions(
        defaultThreads(), DEFAULT_COMMIT_EVERY, Duration.ofSeconds(DEFAULT_COMMIT_SECONDS));
  }

  /**
   * The watcher's small batches: one thread per processor, a commit every 100 documents or 5
   * seconds, so a change is committed as soon as it is indexed.
   */
  public static BatchOptions smallBatches() {
    return new BatchOptions(defaultThreads(), 100, Duration.ofSeconds(5));
  }

  public BatchOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commit-every must be at least 1, not " + commitEvery);
    }
    if (commitInterval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          "commit-seconds must be at least 1, not " + commitInterval.toSeconds());
    }
  }
}
