package vanban.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vanban.backend.Backend;
import vanban.backend.LocalBackend;
import vanban.index.FileStamp;
import vanban.ingest.CorpusWalker;
import vanban.ingest.IngestException;
import vanban.pipeline.Pipeline;
import vanban.pipeline.ProcessedDocument;
import vanban.structure.SidecarReader;

/**
 * Brings an index up to date with some files and folders: new files are added, changed files
 * extracted again, files gone from a folder deleted, unchanged files skipped (size and
 * modification time first, then the content hash), and the citations that can have changed
 * resolved again against the corpus as it now stands.
 *
 * <p>Extraction runs on {@link BatchOptions#threads} threads, each with its own {@link Pipeline},
 * feeding the one writer; at most twice as many files as threads are in flight, so memory does not
 * grow with the corpus. How the documents are written, committed and their citations resolved
 * depends on where they go ({@link IndexTarget}): the local index commits periodically, survives a
 * kill at any moment and resolves incrementally ({@link LocalIndexTarget}); another backend (a
 * SolrCloud collection) commits once and resolves against the whole corpus ({@link
 * BackendIndexTarget}).
 *
 * <p>A file that fails is reported and skipped; what the index held for it stays.
 */
public final class IndexJob {
  private final Backend.Opener backend;
  private final long maxBytes;
  private final boolean full;
  private final BatchOptions options;
  private final ProgressListener progress;

  public IndexJob(Path indexDir, long maxBytes, boolean full) {
    this(indexDir, maxBytes, full, BatchOptions.defaults(), ProgressListener.NONE);
  }

  public IndexJob(
      Path indexDir, long maxBytes, boolean full, BatchOptions options, ProgressListener progress) {
    this(() -> LocalBackend.writing(indexDir), maxBytes, full, options, progress);
  }

  /** A job writing to the backend {@code backend} opens (a local index or a Solr collection). */
  public IndexJob(Backend.Opener backend, long maxBytes, boolean full) {
    this(backend, maxBytes, full, BatchOptions.defaults(), ProgressListener.NONE);
  }

  public IndexJob(
      Backend.Opener backend,
      long maxBytes,
      boolean full,
      BatchOptions options,
      ProgressListener progress) {
    this.backend = backend;
    this.maxBytes = maxBytes;
    this.full = full;
    this.options = options;
    this.progress = progress;
  }

  /** Runs the job over {@code roots} and commits. */
  public IndexSummary run(List<Path> roots) throws IOException {
    return run(roots, List.of());
  }

  /**
   * Brings the index up to date with a few paths a watcher saw change: {@code files} are read as
   * files named singly (added, updated, or skipped when unchanged), and the documents at or below
   * each of {@code gone} whose file no longer exists are deleted. Nothing else is listed, so the
   * cost follows the change, not the corpus.
   */
  public IndexSummary update(List<Path> files, Collection<Path> gone) throws IOException {
    return run(files, gone, true);
  }

  private IndexSummary run(List<Path> roots, Collection<Path> gone) throws IOException {
    return run(roots, gone, false);
  }

  /**
   * Runs over {@code roots}; {@code targeted}: only the stamps of the roots and of {@code gone}
   * are read, not the whole index's.
   */
  private IndexSummary run(List<Path> roots, Collection<Path> gone, boolean targeted)
      throws IOException {
    // The first pipeline (lexicons, patterns) is built while the files are listed and the stamps
    // read, which keeps a one-file re-index short.
    CompletableFuture<Pipeline> warmPipeline = warmUp();
    // Listing the files and reading the index's stamps do not depend on each other: at 100k
    // files each takes a few hundred milliseconds, so they run side by side.
    CompletableFuture<CorpusWalker.Listing> listed =
        CompletableFuture.supplyAsync(() -> CorpusWalker.list(roots), DAEMON);
    List<IndexSummary.Failure> failed = Collections.synchronizedList(new ArrayList<>());
    Counts counts = new Counts();
    try (Backend opened = backend.open();
        IndexTarget target = targetOf(opened)) {
      List<String> goneNames = gone.stream().map(Pipeline::sourceName).toList();
      Map<String, FileStamp> stamps;
      if (targeted) {
        Set<String> paths = new HashSet<>(goneNames);
        roots.forEach(root -> paths.add(Pipeline.sourceName(root)));
        stamps = target.stamps(paths);
      } else {
        stamps = target.stamps();
      }
      CorpusWalker.Listing listing = listed.join();
      for (CorpusWalker.IngestFailure f : listing.failures()) {
        if (!gone.contains(f.path())) {
          failed.add(new IndexSummary.Failure(Pipeline.sourceName(f.path()), f.reason()));
        }
      }
      Set<String> seen = new HashSet<>();
      extract(listing, stamps, seen, target, warmPipeline, counts, failed);
      for (String source : stamps.keySet()) {
        if (!seen.contains(source)
            && (isUnderDirectoryRoot(source, roots) || isAtOrUnder(source, goneNames))
            && !exists(source)) {
          target.delete(source);
          counts.deleted.incrementAndGet();
          progress.changed(source, ProgressListener.Change.DELETED);
        }
      }
      target.finish();
    } finally {
      progress.finished();
    }
    List<IndexSummary.Failure> sorted = new ArrayList<>(failed);
    sorted.sort((a, b) -> a.path().compareTo(b.path()));
    return new IndexSummary(
        counts.added.get(), counts.updated.get(), counts.deleted.get(), counts.unchanged.get(),
        sorted);
  }

  /** Whether {@code source} is one of {@code paths} or below one of them. */
  static boolean isAtOrUnder(String source, Collection<String> paths) {
    for (String p : paths) {
      if (source.equals(p) || source.startsWith(p.endsWith("/") ? p : p + "/")) {
        return true;
      }
    }
    return false;
  }

  /** The local index gets its own writer's extras (commit data, readers); others the interface. */
  private IndexTarget targetOf(Backend opened) throws IOException {
    return opened instanceof LocalBackend local
        ? new LocalIndexTarget(local.indexer(), options, progress)
        : new BackendIndexTarget(opened, progress);
  }

  /** Runs a task on a daemon thread of its own (work started ahead of need). */
  private static final Executor DAEMON =
      r -> {
        Thread t = new Thread(r, "vanban-ahead");
        t.setDaemon(true);
        t.start();
      };

  /** Builds a pipeline on a daemon thread, ahead of need. */
  private CompletableFuture<Pipeline> warmUp() {
    return CompletableFuture.supplyAsync(() -> new Pipeline(maxBytes), DAEMON);
  }

  private static final class Counts {
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger deleted = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
  }

  private void extract(
      CorpusWalker.Listing listing,
      Map<String, FileStamp> stamps,
      Set<String> seen,
      IndexTarget target,
      CompletableFuture<Pipeline> warmPipeline,
      Counts counts,
      List<IndexSummary.Failure> failed)
      throws IOException {
    long totalBytes = 0;
    List<Path> todo = new ArrayList<>();
    List<CorpusWalker.Stat> seenStats = new ArrayList<>();
    for (Path file : listing.files()) {
      String source = Pipeline.sourceName(file);
      seen.add(source);
      FileStamp before = stamps.get(source);
      CorpusWalker.Stat stat;
      try {
        stat = withSidecar(file, listing);
      } catch (IOException e) {
        failed.add(new IndexSummary.Failure(source, "cannot read: " + e.getMessage()));
        continue;
      }
      if (!full
          && before != null
          && before.size() == stat.size()
          && before.mtimeMillis() == stat.mtimeMillis()) {
        counts.unchanged.incrementAndGet();
        continue;
      }
      todo.add(file);
      seenStats.add(stat);
      totalBytes += stat.size();
    }
    progress.started(todo.size(), totalBytes);
    int threads = options.threads();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "vanban-extract");
              t.setDaemon(true);
              return t;
            });
    AtomicBoolean warmTaken = new AtomicBoolean();
    ThreadLocal<Pipeline> pipelines =
        ThreadLocal.withInitial(
            () ->
                warmTaken.compareAndSet(false, true)
                    ? warmPipeline.join()
                    : new Pipeline(maxBytes));
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Future<?>> running = Collections.synchronizedList(new ArrayList<>());
    try {
      for (int i = 0; i < todo.size(); i++) {
        Path file = todo.get(i);
        CorpusWalker.Stat stat = seenStats.get(i);
        while (!inFlight.tryAcquire(200, TimeUnit.MILLISECONDS)) {
          target.maybeCommit();
          rethrowFailures(running);
        }
        target.maybeCommit();
        rethrowFailures(running);
        running.add(
            pool.submit(
                () -> {
                  try {
                    one(file, stat, stamps, target, pipelines.get(), counts, failed);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  } finally {
                    inFlight.release();
                    progress.advanced(stat.size());
                  }
                  return null;
                }));
      }
      pool.shutdown();
      while (!pool.awaitTermination(200, TimeUnit.MILLISECONDS)) {
        target.maybeCommit();
      }
      // Every task is done now: this surfaces any failure left.
      rethrowFailures(running);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
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
      CorpusWalker.Stat stat,
      Map<String, FileStamp> stamps,
      IndexTarget target,
      Pipeline pipeline,
      Counts counts,
      List<IndexSummary.Failure> failed)
      throws IOException {
    String source = Pipeline.sourceName(file);
    FileStamp before = stamps.get(source);
    ProcessedDocument doc;
    try {
      doc = pipeline.process(file, source);
    } catch (IngestException e) {
      failed.add(new IndexSummary.Failure(source, e.reason()));
      return;
    }
    String sha = contentKey(file, doc.record().sha256());
    FileStamp stamp = new FileStamp(stat.size(), stat.mtimeMillis(), sha);
    if (!full && before != null && sha.equals(before.sha256())) {
      // Touched but not changed: keep the stamp fresh so the next run skips it cheaply.
      target.write(doc.record(), doc.text().text(), stamp, false);
      counts.unchanged.incrementAndGet();
      return;
    }
    target.write(doc.record(), doc.text().text(), stamp, before != null);
    (before == null ? counts.added : counts.updated).incrementAndGet();
    progress.changed(
        source, before == null ? ProgressListener.Change.ADDED : ProgressListener.Change.UPDATED);
  }

  /*
   * A document's stamp covers its sidecar too (SidecarReader): the sidecar's values are part of
   * the record, so editing only the sidecar must re-index the document.
   */

  /**
   * The size and time a stamp records: the file's and its sidecar's together, as the listing saw
   * them (a file named singly whose attributes could not be read is read here, to say why).
   */
  private static CorpusWalker.Stat withSidecar(Path file, CorpusWalker.Listing listing)
      throws IOException {
    CorpusWalker.Stat doc = listing.stat(file).orElse(null);
    if (doc == null) {
      var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      doc = new CorpusWalker.Stat(attrs.size(), attrs.lastModifiedTime().toMillis());
    }
    CorpusWalker.Stat sidecar = listing.sidecarStat(file).orElse(null);
    return sidecar == null
        ? doc
        : new CorpusWalker.Stat(
            doc.size() + sidecar.size(), Math.max(doc.mtimeMillis(), sidecar.mtimeMillis()));
  }

  /** The document's hash, with its sidecar's appended when it has one. */
  private static String contentKey(Path file, String documentSha256) throws IOException {
    Path sidecar = SidecarReader.sidecarOf(file);
    if (!Files.isRegularFile(sidecar)) {
      return documentSha256;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(sidecar));
      return documentSha256 + "+" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
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
