package vanban.batch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vanban.backend.Backend;
import vanban.index.FileStamp;
import vanban.model.ExtractionRecord;
import vanban.resolve.CitationResolver;

/**
 * Writes to a {@link Backend} through its own interface (a SolrCloud collection: batching and
 * retries are the backend's): one commit at the end of the run, then every document's citations
 * resolved against the whole committed corpus, and the changed ones written back.
 *
 * <p>A crash loses the uncommitted run, which the next run redoes (the stamps are committed with
 * the documents).
 */
final class BackendIndexTarget implements IndexTarget {
  private final Backend backend;
  private final ProgressListener progress;

  BackendIndexTarget(Backend backend, ProgressListener progress) {
    this.backend = backend;
    this.progress = progress;
  }

  @Override
  public Map<String, FileStamp> stamps() throws IOException {
    return backend.stamps();
  }

  /** Serialized: a backend need not take writes from several threads. */
  @Override
  public synchronized void write(
      ExtractionRecord record, String normalizedText, FileStamp stamp, boolean replaces)
      throws IOException {
    backend.upsert(record, normalizedText, stamp);
  }

  @Override
  public synchronized void delete(String source) throws IOException {
    backend.delete(source);
  }

  @Override
  public void maybeCommit() {
    // One commit at the end: the backend batches its writes itself.
  }

  @Override
  public synchronized void finish() throws IOException {
    backend.commit();
    Map<String, FileStamp> stamps = backend.stamps();
    List<ExtractionRecord> before = backend.all();
    progress.phase("resolving citations", before.size());
    List<ExtractionRecord> after = CitationResolver.resolve(before);
    boolean changed = false;
    for (int i = 0; i < after.size(); i++) {
      ExtractionRecord now = after.get(i);
      if (!Objects.equals(now.citations(), before.get(i).citations())) {
        String text = backend.text(now.source()).orElse("");
        backend.upsert(now, text, stamps.get(now.source()));
        changed = true;
      }
    }
    if (changed) {
      backend.commit();
    }
  }

  @Override
  public void close() {
    // The backend belongs to the job that opened it.
  }
}
