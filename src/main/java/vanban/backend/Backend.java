package vanban.backend;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vanban.index.FileStamp;
import vanban.model.ExtractionRecord;
import vanban.search.SearchRequest;
import vanban.search.SearchResults;

/**
 * Where the indexed documents live: one Lucene directory ({@link LocalBackend}) or a SolrCloud
 * collection ({@link SolrBackend}). Both give the same answers for the same documents.
 *
 * <p>Reads see the documents as of the last {@link #commit()}; writes are replaced by {@code
 * source}, so sending the same record twice changes nothing.
 */
public interface Backend extends Closeable {
  /** Runs {@code request}: hits best first with snippets, the total, facets when asked for. */
  SearchResults search(SearchRequest request) throws IOException;

  /** The record indexed for {@code source}. */
  Optional<ExtractionRecord> record(String source) throws IOException;

  /** The normalized text indexed for {@code source}. */
  Optional<String> text(String source) throws IOException;

  /** Every indexed record, sorted by {@code source}. */
  List<ExtractionRecord> all() throws IOException;

  /** The stamp of every committed document that has one, by {@code source}, sorted. */
  Map<String, FileStamp> stamps() throws IOException;

  /**
   * Adds the document of {@code record}, or replaces the one with the same {@code source}.
   *
   * @param normalizedText the normalized text the record's spans point into
   * @param stamp the source file's stamp, or null when the record does not come from a file
   */
  void upsert(ExtractionRecord record, String normalizedText, FileStamp stamp) throws IOException;

  /** Removes the document of {@code source}, if any. */
  void delete(String source) throws IOException;

  /** Makes every change so far durable and visible to reads. */
  void commit() throws IOException;

  /** Opens a backend; what {@link vanban.batch.IndexJob} is given. */
  @FunctionalInterface
  interface Opener {
    Backend open() throws IOException;
  }
}
