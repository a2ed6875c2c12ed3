package vanban.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
import vanban.segment.LanguageIdentifier;
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
    // The first pipeline and the language model take about 1.5 s to load; doing it while the
    // files are listed and the stamps read keeps a one-file re-index short.
    CompletableFuture<Pipeline> warmPipeline = warmUp();
    CorpusWalker.Listing listing = CorpusWalker.list(roots);
    List<IndexSummary.Failure> failed = Collections.synchronizedList(new ArrayList<>());
    for (CorpusWalker.IngestFailure f : listing.failures()) {
      failed.add(new IndexSummary.Failure(Pipeline.sourceName(f.path()), f.reason()));
    }
    Counts counts = new Counts();
    try (Backend opened = backend.open();
        IndexTarget target = targetOf(opened)) {
      Map<String, FileStamp> stamps = target.stamps();
      Set<String> seen = new HashSet<>();
      extract(listing.files(), stamps, seen, target, warmPipeline, counts, failed);
      for (String source : stamps.keySet()) {
        if (!seen.contains(source) && isUnderDirectoryRoot(source, roots) && !exists(source)) {
          target.delete(source);
          counts.deleted.incrementAndGet();
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

  /** The local index gets its own writer's extras (commit data, readers); others the interface. */
  private IndexTarget targetOf(Backend opened) throws IOException {
    return opened instanceof LocalBackend local
        ? new LocalIndexTarget(local.indexer(), options, progress)
        : new BackendIndexTarget(opened, progress);
  }

  /** A few lines of Vietnamese, enough for the language model to be loaded and exercised. */
  private static final String WARM_TEXT =
      "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện nghiêm túc kỷ luật, kỷ cương hành"
          + " chính.";

  /** Builds a pipeline and exercises the language model on daemon threads, ahead of need. */
  private CompletableFuture<Pipeline> warmUp() {
    Executor daemon =
        r -> {
          Thread t = new Thread(r, "vanban-warmup");
          t.setDaemon(true);
          t.start();
        };
    CompletableFuture.runAsync(() -> new LanguageIdentifier().identify(WARM_TEXT), daemon);
    return CompletableFuture.supplyAsync(() -> new Pipeline(maxBytes), daemon);
  }

  private static final class Counts {
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger deleted = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
  }

  private void extract(
      List<Path> files,
      Map<String, FileStamp> stamps,
      Set<String> seen,
      IndexTarget target,
      CompletableFuture<Pipeline> warmPipeline,
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
        size = sizeWithSidecar(file);
        mtime = mtimeWithSidecar(file);
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
        long size = sizes.get(i);
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
                    one(file, size, stamps, target, pipelines.get(), counts, failed);
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
      long size,
      Map<String, FileStamp> stamps,
      IndexTarget target,
      Pipeline pipeline,
      Counts counts,
      List<IndexSummary.Failure> failed)
      throws IOException {
    String source = Pipeline.sourceName(file);
    FileStamp before = stamps.get(source);
    long mtime = mtimeWithSidecar(file);
    ProcessedDocument doc;
    try {
      doc = pipeline.process(file, source);
    } catch (IngestException e) {
      failed.add(new IndexSummary.Failure(source, e.reason()));
      return;
    }
    String sha = contentKey(file, doc.record().sha256());
    FileStamp stamp = new FileStamp(size, mtime, sha);
    if (!full && before != null && sha.equals(before.sha256())) {
      // Touched but not changed: keep the stamp fresh so the next run skips it cheaply.
      target.write(doc.record(), doc.text().text(), stamp, false);
      counts.unchanged.incrementAndGet();
      return;
    }
    target.write(doc.record(), doc.text().text(), stamp, before != null);
    (before == null ? counts.added : counts.updated).incrementAndGet();
  }

  /*
   * A document's stamp covers its sidecar too (SidecarReader): the sidecar's values are part of
   * the record, so editing only the sidecar must re-index the document.
   */

  private static long sizeWithSidecar(Path file) throws IOException {
    Path sidecar = SidecarReader.sidecarOf(file);
    return Files.size(file) + (Files.isRegularFile(sidecar) ? Files.size(sidecar) : 0);
  }

  private static long mtimeWithSidecar(Path file) throws IOException {
    Path sidecar = SidecarReader.sidecarOf(file);
    long mtime = Files.getLastModifiedTime(file).toMillis();
    return Files.isRegularFile(sidecar)
        ? Math.max(mtime, Files.getLastModifiedTime(sidecar).toMillis())
        : mtime;
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
