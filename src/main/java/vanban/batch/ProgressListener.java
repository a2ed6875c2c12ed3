package vanban.batch;

/** Hears how far an indexing run has got; called from several threads. */
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /** Extraction starts: {@code files} files of {@code bytes} bytes in all need reading. */
  default void started(long files, long bytes) {}

  /** One more file has been read (indexed, skipped as unchanged, or failed). */
  default void advanced(long bytes) {}

  /** What happened to one document. */
  enum Change {
    ADDED,
    UPDATED,
    DELETED
  }

  /** {@code source} was added, updated or deleted (written, not yet committed). */
  default void changed(String source, Change change) {}

  /** A phase after extraction began ({@code resolving citations}); {@code count} items. */
  default void phase(String name, long count) {}

  /** The run is over; a terminal display clears its line. */
  default void finished() {}
}
