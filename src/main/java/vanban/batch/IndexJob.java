package vanban.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vanban.backend.Backend;
import vanban.backend.LocalBackend;
import vanban.index.FileStamp;
import vanban.ingest.CorpusWalker;
import vanban.ingest.IngestException;
import vanban.model.ExtractionRecord;
import vanban.pipeline.Pipeline;
import vanban.pipeline.ProcessedDocument;
import vanban.resolve.CitationResolver;

/**
 * Brings an index up to date with some files and folders: new files are added, changed files
 * extracted again, files gone from a folder deleted, unchanged files skipped (size and
 * modification time first, then the content hash), and every document's citations resolved
 * against the corpus as it now stands.
 *
 * <p>A file that fails is reported and skipped; what the index held for it stays.
 */
public final class IndexJob {
  private final Backend.Opener backend;
  private final Pipeline pipeline;
  private final boolean full;

  public IndexJob(Path indexDir, long maxBytes, boolean full) {
    this(() -> LocalBackend.writing(indexDir), maxBytes, full);
  }

  /** A job writing to the backend {@code backend} opens (a local index or a Solr collection). */
  public IndexJob(Backend.Opener backend, long maxBytes, boolean full) {
    this.backend = backend;
    this.pipeline = new Pipeline(maxBytes);
    this.full = full;
  }

  /** Runs the job over {@code roots} and commits. */
  public IndexSummary run(List<Path> roots) throws IOException {
    CorpusWalker.Listing listing = CorpusWalker.list(roots);
    List<IndexSummary.Failure> failed = new ArrayList<>();
    for (CorpusWalker.IngestFailure f : listing.failures()) {
      failed.add(new IndexSummary.Failure(Pipeline.sourceName(f.path()), f.reason()));
    }
    int added = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    Set<String> seen = new HashSet<>();
    try (Backend indexer = backend.open()) {
      Map<String, FileStamp> stamps = indexer.stamps();
      for (Path file : listing.files()) {
        String source = Pipeline.sourceName(file);
        seen.add(source);
        FileStamp before = stamps.get(source);
        long size = Files.size(file);
        long mtime = Files.getLastModifiedTime(file).toMillis();
        if (!full && before != null && before.size() == size && before.mtimeMillis() == mtime) {
          unchanged++;
          continue;
        }
        try {
          ProcessedDocument doc = pipeline.process(file, source);
          if (!full && before != null && before.sha256().equals(doc.record().sha256())) {
            // Touched but not changed: keep the stamp fresh so the next run skips it cheaply.
            indexer.upsert(doc.record(), doc.text().text(), new FileStamp(size, mtime, before.sha256()));
            unchanged++;
            continue;
          }
          indexer.upsert(doc.record(), doc.text().text(), new FileStamp(size, mtime, doc.record().sha256()));
          if (before == null) {
            added++;
          } else {
            updated++;
          }
        } catch (IngestException e) {
          failed.add(new IndexSummary.Failure(source, e.reason()));
        }
      }
      for (String source : stamps.keySet()) {
        if (!seen.contains(source) && isUnderDirectoryRoot(source, roots) && !exists(source)) {
          indexer.delete(source);
          deleted++;
        }
      }
      indexer.commit();
      resolveCitations(indexer);
    }
    return new IndexSummary(added, updated, deleted, unchanged, failed);
  }

  /** Resolves every document's citations against the committed corpus and stores the changes. */
  private void resolveCitations(Backend indexer) throws IOException {
    Map<String, FileStamp> stamps = indexer.stamps();
    List<ExtractionRecord> before = indexer.all();
    List<ExtractionRecord> after = CitationResolver.resolve(before);
    boolean changed = false;
    for (int i = 0; i < after.size(); i++) {
      ExtractionRecord now = after.get(i);
      if (!Objects.equals(now.citations(), before.get(i).citations())) {
        String text = indexer.text(now.source()).orElse("");
        indexer.upsert(now, text, stamps.get(now.source()));
        changed = true;
      }
    }
    if (changed) {
      indexer.commit();
    }
  }

  /** Deletions only apply below a folder the user asked to index, never to files named singly. */
  private static boolean isUnderDirectoryRoot(String source, List<Path> roots) {
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        String prefix = Pipeline.sourceName(root);
        if (prefix.isEmpty() || source.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean exists(String source) {
    return Files.exists(Path.of(source));
  }
}
