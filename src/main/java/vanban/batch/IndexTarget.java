package vanban.batch;

import java.util.Collection;
import java.util.HashMap;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import vanban.index.FileStamp;
import vanban.model.ExtractionRecord;

/**
 * Where an {@link IndexJob} writes, and how it commits and resolves citations: the local index
 * ({@link LocalIndexTarget}: periodic crash-safe commits, incremental resolution) or any other
 * backend ({@link BackendIndexTarget}: one commit, then whole-corpus resolution).
 *
 * <p>The job does the walking, the stamp comparison and the (parallel) extraction; the target
 * only receives the outcome.
 */
interface IndexTarget extends Closeable {
  /** The stamp of every committed document, by source. */
  Map<String, FileStamp> stamps() throws IOException;

  /**
   * The stamps of the committed documents whose source is one of {@code paths} or lies below one
   * of them, by source: what a run over a few changed paths compares against.
   */
  default Map<String, FileStamp> stamps(Collection<String> paths) throws IOException {
    Map<String, FileStamp> out = new HashMap<>();
    stamps()
        .forEach(
            (source, stamp) -> {
              if (IndexJob.isAtOrUnder(source, paths)) {
                out.put(source, stamp);
              }
            });
    return out;
  }

  /**
   * Writes one extracted document; called from several extractor threads at once.
   *
   * @param replaces an older, different version of the document was indexed (what cited it may
   *     resolve differently now)
   */
  void write(ExtractionRecord record, String normalizedText, FileStamp stamp, boolean replaces)
      throws IOException;

  /** Removes the document of {@code source}, gone from its folder. */
  void delete(String source) throws IOException;

  /** Commits if one is due; called now and then from the thread handing out files. */
  void maybeCommit() throws IOException;

  /** Commits the run and resolves the citations it can have changed; the last call. */
  void finish() throws IOException;
}
