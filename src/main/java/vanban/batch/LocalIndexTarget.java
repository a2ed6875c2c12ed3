package vanban.batch;

import java.util.Collection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import vanban.index.DocumentIndexer;
import vanban.index.FileStamp;
import vanban.model.ExtractionRecord;

/**
 * Writes to the local index's {@link DocumentIndexer}: commits every {@link
 * BatchOptions#commitEvery} documents or {@link BatchOptions#commitInterval}, so a run killed at
 * any moment loses at most the work since the last commit, and resolves again only the citations
 * the run can have changed ({@link CitationRefresher}).
 *
 * <p>Work the resolution step has not finished is recorded in the index itself — a pending flag on
 * written documents and, in the commit's user data ({@link #PENDING_KEYS}), the resolution keys of
 * documents deleted or replaced — so it survives a crash and the next run completes it.
 */
final class LocalIndexTarget implements IndexTarget {
  /** Commit user data: resolution keys of replaced or deleted documents, one per line. */
  static final String PENDING_KEYS = "vanban.resolve.keys";

  private final DocumentIndexer indexer;
  private final BatchOptions options;
  private final ProgressListener progress;
  private final Set<String> pendingKeys = ConcurrentHashMap.newKeySet();
  /** Documents written this run whose metadata is what the index held: no citer to redo. */
  private final Set<String> sameIdentity = ConcurrentHashMap.newKeySet();
  /** The index as the run found it: what replaced and deleted documents were. */
  private DirectoryReader before;

  private CitationRefresher previous;
  private final AtomicInteger sinceCommit = new AtomicInteger();
  /** Whether this run has committed yet. */
  private boolean committed;
  private long lastCommit = System.nanoTime();

  LocalIndexTarget(DocumentIndexer indexer, BatchOptions options, ProgressListener progress)
      throws IOException {
    this.indexer = indexer;
    this.options = options;
    this.progress = progress;
    String carried = indexer.liveCommitData().getOrDefault(PENDING_KEYS, "");
    for (String k : carried.split("\n")) {
      if (!k.isBlank()) {
        pendingKeys.add(k);
      }
    }
    this.before = indexer.openReader();
    this.previous = new CitationRefresher(before);
  }

  @Override
  public Map<String, FileStamp> stamps() throws IOException {
    // The reader the run opened on the index as it found it: the same commit, read once.
    return DocumentIndexer.stamps(before);
  }

  @Override
  public Map<String, FileStamp> stamps(Collection<String> paths) throws IOException {
    return DocumentIndexer.stamps(before, paths);
  }

  @Override
  public void write(
      ExtractionRecord record, String normalizedText, FileStamp stamp, boolean replaces)
      throws IOException {
    // What citations found the old version by may find nothing now: re-resolve its citers. Keys
    // are added before the document is written, so each commit's snapshot covers them. When its
    // metadata — all a citation is resolved by — did not change (a typo fixed in the body, a file
    // touched), its citers cannot resolve differently: only its own citations are redone. An old
    // version still pending (a run killed before resolving) may itself be news to its citers.
    Optional<CitationRefresher.Indexed> old = previous.load(record.source());
    if (old.isPresent()) {
      if (!old.get().pending()
          && Objects.equals(old.get().record().document(), record.document())) {
        sameIdentity.add(record.source());
      } else {
        sameIdentity.remove(record.source());
        pendingKeys.addAll(CitationRefresher.keysOf(old.get().record().document()));
      }
    }
    // Pending: the record is extracted afresh, so its own citations are resolved again.
    indexer.upsert(record, normalizedText, stamp, true);
    sinceCommit.incrementAndGet();
  }

  @Override
  public void delete(String source) throws IOException {
    previous
        .load(source)
        .ifPresent(d -> pendingKeys.addAll(CitationRefresher.keysOf(d.record().document())));
    indexer.delete(source);
  }

  @Override
  public void maybeCommit() throws IOException {
    long now = System.nanoTime();
    if (sinceCommit.get() >= options.commitEvery()
        || sinceCommit.get() > 0 && now - lastCommit >= options.commitInterval().toNanos()) {
      String keys = String.join("\n", new TreeSet<>(pendingKeys));
      sinceCommit.set(0);
      indexer.commit(Map.of(PENDING_KEYS, keys));
      committed = true;
      lastCommit = now;
    }
  }

  /**
   * Commits, then resolves the citations of every pending document and of every document citing
   * an instrument a pending, replaced or deleted document is; then commits with no unfinished work
   * recorded.
   *
   * <p>A run that wrote fewer than {@link BatchOptions#commitEvery} documents and has not
   * committed yet (a watcher's batch) skips the first commit: its documents and their resolution
   * are committed together, and a crash before that redoes no more than the run.
   */
  @Override
  public void finish() throws IOException {
    closeBefore();
    if (committed || sinceCommit.get() >= options.commitEvery()) {
      indexer.commit(Map.of(PENDING_KEYS, String.join("\n", new TreeSet<>(pendingKeys))));
    }
    Set<String> keys = new TreeSet<>(pendingKeys);
    try (DirectoryReader reader = indexer.openReader()) {
      CitationRefresher refresher = new CitationRefresher(reader);
      List<String> pending = DocumentIndexer.pendingSources(reader);
      List<String> newIdentity =
          pending.stream().filter(source -> !sameIdentity.contains(source)).toList();
      keys.addAll(CitationRefresher.keysOf(reader, newIdentity, options.threads()));
      Set<String> affected = refresher.affected(pending, keys);
      progress.phase("resolving citations", affected.size());
      String recorded = String.join("\n", keys);
      AtomicInteger done = new AtomicInteger();
      CitationRefresher.refresh(
          reader,
          List.copyOf(affected),
          indexer,
          options.threads(),
          () -> {
            if (done.incrementAndGet() % options.commitEvery() == 0) {
              try {
                indexer.commit(Map.of(PENDING_KEYS, recorded));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
    }
    indexer.commit(Map.of());
  }

  @Override
  public void close() throws IOException {
    closeBefore();
  }

  private void closeBefore() throws IOException {
    if (before != null) {
      previous = null;
      before.close();
      before = null;
    }
  }
}
