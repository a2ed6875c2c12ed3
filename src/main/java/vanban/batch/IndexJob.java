package vanban.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import vanban.index.DocumentIndexer;
import vanban.index.FileStamp;
import vanban.ingest.CorpusWalker;
import vanban.ingest.IngestException;
import vanban.pipeline.Pipeline;
import vanban.pipeline.ProcessedDocument;

/**
 * Brings an index up to date with some files and folders: new files are added, changed files
 * extracted again, files gone from a folder deleted, unchanged files skipped (size and
 * modification time first, then the content hash), and the citations that can have changed
 * resolved again against the corpus as it now stands.
 *
 * <p>Extraction runs on {@link BatchOptions#threads} threads, each with its own {@link Pipeline},
 * feeding the one index writer; at most twice as many files as threads are in flight, so memory
 * does not grow with the corpus. The job commits every {@link BatchOptions#commitEvery} documents
 * or {@link BatchOptions#commitInterval}: searchers see only commit points, and a run killed at
 * any moment loses at most the work since the last commit, which the next run redoes (the stamps
 * of committed documents make it skip the rest). Work the resolution step has not finished is
 * recorded in the index itself — a pending flag on written documents and, in the commit's user
 * data, the resolution keys of documents deleted or replaced — so it survives a crash too.
 *
 * <p>A file that fails is reported and skipped; what the index held for it stays.
 */
public final class IndexJob {
  /** Commit user data: resolution keys of replaced or deleted documents, one per line. */
  static final String PENDING_KEYS = "vanban.resolve.keys";

  private final Path indexDir;
  private final long maxBytes;
  private final boolean full;
  private final BatchOptions options;
  private final ProgressListener progress;

  public IndexJob(Path indexDir, long maxBytes, boolean full) {
    this(indexDir, maxBytes, full, BatchOptions.defaults(), ProgressListener.NONE);
  }

  public IndexJob(
      Path indexDir, long maxBytes, boolean full, BatchOptions options, ProgressListener progress) {
    this.indexDir = indexDir;
    this.maxBytes = maxBytes;
    this.full = full;
    this.options = options;
    this.progress = progress;
  }

  /** Runs the job over {@code roots} and commits. */
  public IndexSummary run(List<Path> roots) throws IOException {
    // The first pipeline and the language model take about 1.5 s to load; doing it while the
    // files are listed and the stamps read keeps a one-file re-index short.
    warmUp();
    CorpusWalker.Listing listing = CorpusWalker.list(roots);
    List<IndexSummary.Failure> failed = Collections.synchronizedList(new ArrayList<>());
    for (CorpusWalker.IngestFailure f : listing.failures()) {
      failed.add(new IndexSummary.Failure(Pipeline.sourceName(f.path()), f.reason()));
    }
    Counts counts = new Counts();
    try (DocumentIndexer indexer = DocumentIndexer.open(indexDir)) {
      Set<String> pendingKeys = ConcurrentHashMap.newKeySet();
      String carried = indexer.commitData().getOrDefault(PENDING_KEYS, "");
      for (String k : carried.split("\n")) {
        if (!k.isBlank()) {
          pendingKeys.add(k);
        }
      }
      Map<String, FileStamp> stamps = indexer.stamps();
      Set<String> seen = new HashSet<>();
      try (DirectoryReader before = indexer.openReader()) {
        CitationRefresher previous = new CitationRefresher(before);
        Committer committer = new Committer(indexer, pendingKeys);
        extract(listing.files(), stamps, seen, previous, indexer, committer, counts, failed);
        for (String source : stamps.keySet()) {
          if (!seen.contains(source) && isUnderDirectoryRoot(source, roots) && !exists(source)) {
            previous.load(source).ifPresent(
                d -> pendingKeys.addAll(CitationRefresher.keysOf(d.record().document())));
            indexer.delete(source);
            counts.deleted.incrementAndGet();
          }
        }
      }
      indexer.commit(Map.of(PENDING_KEYS, String.join("\n", new TreeSet<>(pendingKeys))));
      resolve(indexer, pendingKeys);
    } finally {
      progress.finished();
    }
    List<IndexSummary.Failure> sorted = new ArrayList<>(failed);
    sorted.sort((a, b) -> a.path().compareTo(b.path()));
    return new IndexSummary(
        counts.added.get(), counts.updated.get(), counts.deleted.get(), counts.unchanged.get(),
        sorted);
  }

  /** A pipeline built ahead of need by {@link #warmUp}. */
  private java.util.concurrent.CompletableFuture<Pipeline> warmPipeline;

  /** A few lines of Vietnamese, enough for the language model to be loaded and exercised. */
  private static final String WARM_TEXT =
      "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện nghiêm túc kỷ luật, kỷ cương hành chính.";

  private void warmUp() {
    java.util.concurrent.Executor daemon =
        r -> {
          Thread t = new Thread(r, "vanban-warmup");
          t.setDaemon(true);
          t.start();
        };
    warmPipeline = java.util.concurrent.CompletableFuture.supplyAsync(() -> new Pipeline(maxBytes), daemon);
    java.util.concurrent.CompletableFuture.runAsync(
        () -> new vanban.segment.LanguageIdentifier().identify(WARM_TEXT), daemon);
  }

  private static final class Counts {
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger deleted = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
  }

  /** Commits every K documents or T seconds, recording the unfinished resolution keys. */
  private final class Committer {
    private final DocumentIndexer indexer;
    private final Set<String> pendingKeys;
    private final AtomicInteger sinceCommit = new AtomicInteger();
    private long lastCommit = System.nanoTime();

    Committer(DocumentIndexer indexer, Set<String> pendingKeys) {
      this.indexer = indexer;
      this.pendingKeys = pendingKeys;
    }

    void written() {
      sinceCommit.incrementAndGet();
    }

    /** Commits when due; called from the one thread that hands out files. */
    void maybeCommit() throws IOException {
      long now = System.nanoTime();
      if (sinceCommit.get() >= options.commitEvery()
          || sinceCommit.get() > 0 && now - lastCommit >= options.commitInterval().toNanos()) {
        // Keys are added before the documents they concern are written, so this snapshot covers
        // every document the commit makes durable.
        String keys = String.join("\n", new TreeSet<>(pendingKeys));
        sinceCommit.set(0);
        indexer.commit(Map.of(PENDING_KEYS, keys));
        lastCommit = now;
      }
    }
  }

  private void extract(
      List<Path> files,
      Map<String, FileStamp> stamps,
      Set<String> seen,
      CitationRefresher previous,
      DocumentIndexer indexer,
      Committer committer,
      Counts counts,
      List<IndexSummary.Failure> failed)
      throws IOException {
    long totalBytes = 0;
    List<Path> todo = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    for (Path file : files) {
      String source = Pipeline.sourceName(file);
      seen.add(source);
      FileStamp before = stamps.get(source);
      long size;
      long mtime;
      try {
        size = Files.size(file);
        mtime = Files.getLastModifiedTime(file).toMillis();
      } catch (IOException e) {
        failed.add(new IndexSummary.Failure(source, "cannot read: " + e.getMessage()));
        continue;
      }
      if (!full && before != null && before.size() == size && before.mtimeMillis() == mtime) {
        counts.unchanged.incrementAndGet();
        continue;
      }
      todo.add(file);
      sizes.add(size);
      totalBytes += size;
    }
    progress.started(todo.size(), totalBytes);
    int threads = options.threads();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "vanban-extract");
      t.setDaemon(true);
      return t;
    });
    java.util.concurrent.atomic.AtomicBoolean warmTaken = new java.util.concurrent.atomic.AtomicBoolean();
    ThreadLocal<Pipeline> pipelines =
        ThreadLocal.withInitial(
            () -> warmTaken.compareAndSet(false, true) ? warmPipeline.join() : new Pipeline(maxBytes));
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Future<?>> running = Collections.synchronizedList(new ArrayList<>());
    try {
      for (int i = 0; i < todo.size(); i++) {
        Path file = todo.get(i);
        long size = sizes.get(i);
        while (!inFlight.tryAcquire(200, TimeUnit.MILLISECONDS)) {
          committer.maybeCommit();
          rethrowFailures(running);
        }
        committer.maybeCommit();
        rethrowFailures(running);
        running.add(
            pool.submit(
                () -> {
                  try {
                    one(
                        file, size, stamps, previous, indexer, pipelines.get(),
                        committer.pendingKeys, counts, failed);
                    committer.written();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  } finally {
                    inFlight.release();
                    progress.advanced(size);
                  }
                  return null;
                }));
      }
      pool.shutdown();
      while (!pool.awaitTermination(200, TimeUnit.MILLISECONDS)) {
        committer.maybeCommit();
      }
      rethrowFailures(running);
      synchronized (running) {
        for (Future<?> f : running) {
          f.get();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw unwrap(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Surfaces the first failed task (an index write error), and forgets finished ones. */
  private static void rethrowFailures(List<Future<?>> running) throws IOException {
    synchronized (running) {
      var it = running.iterator();
      while (it.hasNext()) {
        Future<?> f = it.next();
        if (!f.isDone()) {
          continue;
        }
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
          throw unwrap(e);
        }
        it.remove();
      }
    }
  }

  private static IOException unwrap(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UncheckedIOException u) {
      return u.getCause();
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IOException(cause);
  }

  /** Extracts and writes one file: called on an extractor thread. */
  private void one(
      Path file,
      long size,
      Map<String, FileStamp> stamps,
      CitationRefresher previous,
      DocumentIndexer indexer,
      Pipeline pipeline,
      Set<String> pendingKeys,
      Counts counts,
      List<IndexSummary.Failure> failed)
      throws IOException {
    String source = Pipeline.sourceName(file);
    FileStamp before = stamps.get(source);
    long mtime = Files.getLastModifiedTime(file).toMillis();
    ProcessedDocument doc;
    try {
      doc = pipeline.process(file, source);
    } catch (IngestException e) {
      failed.add(new IndexSummary.Failure(source, e.reason()));
      return;
    }
    String sha = doc.record().sha256();
    if (!full && before != null && sha.equals(before.sha256())) {
      // Touched but not changed: keep the stamp fresh so the next run skips it cheaply; the
      // record is extracted afresh, so its own citations are resolved again.
      indexer.upsert(doc.record(), doc.text().text(), new FileStamp(size, mtime, sha), true);
      counts.unchanged.incrementAndGet();
      return;
    }
    if (before != null) {
      // What citations found the old version by may find nothing now: re-resolve its citers.
      previous.load(source).ifPresent(
          d -> pendingKeys.addAll(CitationRefresher.keysOf(d.record().document())));
    }
    indexer.upsert(doc.record(), doc.text().text(), new FileStamp(size, mtime, sha), true);
    (before == null ? counts.added : counts.updated).incrementAndGet();
  }

  /**
   * Resolves the citations of every pending document and of every document citing an instrument
   * a pending, replaced or deleted document is; then commits with no unfinished work recorded.
   */
  private void resolve(DocumentIndexer indexer, Set<String> pendingKeys) throws IOException {
    Set<String> keys = new TreeSet<>(pendingKeys);
    try (DirectoryReader reader = indexer.openReader()) {
      CitationRefresher refresher = new CitationRefresher(reader);
      List<String> pending = DocumentIndexer.pendingSources(reader);
      for (String source : pending) {
        refresher.load(source).ifPresent(d -> keys.addAll(CitationRefresher.keysOf(d.record().document())));
      }
      Set<String> affected = refresher.affected(pending, keys);
      progress.phase("resolving citations", affected.size());
      String recorded = String.join("\n", keys);
      AtomicInteger done = new AtomicInteger();
      refresher.refresh(
          affected,
          indexer,
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
