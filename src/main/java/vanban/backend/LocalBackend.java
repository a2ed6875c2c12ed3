package vanban.backend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vanban.index.DocumentIndexer;
import vanban.index.FileStamp;
import vanban.model.ExtractionRecord;
import vanban.search.DocumentSearcher;
import vanban.search.SearchRequest;
import vanban.search.SearchResults;

/**
 * The documents in one Lucene directory on this machine: {@link DocumentIndexer} for writes, {@link
 * DocumentSearcher} for reads.
 *
 * <p>The writer is opened on the first write (or {@link #stamps()}), since it locks the index; the
 * searcher is reopened after each {@link #commit()}.
 */
public final class LocalBackend implements Backend {
  private final Path dir;
  private DocumentIndexer indexer;
  private DocumentSearcher searcher;
  /** Whether closing this backend closes its writer (not for a {@link #borrowed} one). */
  private final boolean ownsWriter;

  private LocalBackend(Path dir) {
    this(dir, null, true);
  }

  private LocalBackend(Path dir, DocumentIndexer indexer, boolean ownsWriter) {
    this.dir = dir;
    this.indexer = indexer;
    this.ownsWriter = ownsWriter;
  }

  /**
   * A backend writing through this one's writer that leaves the writer open when closed: a
   * long-running writer (the watcher) runs one job after another without reopening the index.
   */
  public LocalBackend borrowed() throws IOException {
    return new LocalBackend(dir, indexer(), false);
  }

  /** Opens the index in {@code dir} for reading; fails when there is none. */
  public static LocalBackend reading(Path dir) throws IOException {
    LocalBackend backend = new LocalBackend(dir);
    backend.searcher();
    return backend;
  }

  /**
   * Opens the index in {@code dir} for writing, creating it when missing; fails when another writer
   * holds it.
   */
  public static LocalBackend writing(Path dir) throws IOException {
    LocalBackend backend = new LocalBackend(dir);
    backend.indexer();
    return backend;
  }

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    return searcher().search(request);
  }

  @Override
  public Optional<ExtractionRecord> record(String source) throws IOException {
    return searcher().record(source);
  }

  @Override
  public Optional<String> text(String source) throws IOException {
    return searcher().text(source);
  }

  @Override
  public List<ExtractionRecord> all() throws IOException {
    return searcher().all();
  }

  @Override
  public Map<String, FileStamp> stamps() throws IOException {
    return indexer().stamps();
  }

  @Override
  public void upsert(ExtractionRecord record, String normalizedText, FileStamp stamp)
      throws IOException {
    indexer().upsert(record, normalizedText, stamp);
  }

  @Override
  public void delete(String source) throws IOException {
    indexer().delete(source);
  }

  @Override
  public void commit() throws IOException {
    indexer().commit();
    closeSearcher();
  }

  @Override
  public void close() throws IOException {
    try {
      closeSearcher();
    } finally {
      if (indexer != null && ownsWriter) {
        indexer.close();
      }
      indexer = null;
    }
  }

  /**
   * The index's writer, opened on first use: for an indexing run that needs more than this
   * interface offers (commit user data, point-in-time readers, pending flags).
   */
  public DocumentIndexer indexer() throws IOException {
    if (indexer == null) {
      indexer = DocumentIndexer.open(dir);
    }
    return indexer;
  }

  private DocumentSearcher searcher() throws IOException {
    if (searcher == null) {
      searcher = DocumentSearcher.open(dir);
    }
    return searcher;
  }

  private void closeSearcher() throws IOException {
    if (searcher != null) {
      searcher.close();
      searcher = null;
    }
  }
}
