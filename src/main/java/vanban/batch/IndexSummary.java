package vanban.batch;

import java.util.List;

/**
 * What one {@code vanban index} run did.
 *
 * @param added documents new to the index
 * @param updated documents whose file changed and were extracted again
 * @param deleted documents whose file is gone
 * @param unchanged documents skipped because their file did not change
 * @param failed files that could not be read, each with the reason; the index keeps whatever it
 *     held for them before
 */
public record IndexSummary(
    int added, int updated, int deleted, int unchanged, List<Failure> failed) {

  /** A file that could not be indexed and why. */
  public record Failure(String path, String reason) {}

  public IndexSummary {
    failed = List.copyOf(failed);
  }
}
