package vanban.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vanban.backend.LocalBackend;
import vanban.batch.BatchOptions;
import vanban.batch.IndexJob;
import vanban.batch.IndexSummary;
import vanban.batch.ProgressListener;
import vanban.ingest.CorpusWalker;

/**
 * {@code vanban watch}: keeps an index up to date with folders while it runs.
 *
 * <ul>
 *   <li>At start it catches up with whatever changed while it was down: one {@link IndexJob#run}
 *       over the folders, as {@code vanban index} would do.
 *   <li>Then it hears new, changed, renamed and deleted files (and sidecars) through the JDK's
 *       {@link WatchService}. A file is indexed once it has settled: no event for it during {@code
 *       settle}, and its size and time the same as at its last event — so an editor's burst of
 *       saves, or a copy in progress, is indexed once, complete.
 *   <li>Settled changes go to the index together ({@link IndexJob#update}), committed with the
 *       same guarantees as {@code vanban index}: a kill at any moment loses nothing committed, and
 *       the next start catches up.
 *   <li>Every {@code rescan} (and whenever the JDK reports lost events) it lists the folders again,
 *       which catches what events miss: network folders, events dropped under load.
 * </ul>
 *
 * <p>It logs one line per change ({@code 2026-12-07T20:01:02Z added corpus/x.txt}); a file that
 * cannot be indexed is reported as {@code path: reason} and the rest goes on.
 */
public final class IndexWatcher {
  /**
   * Settings: how long a file must be quiet, how often the folders are listed again, the largest
   * file read, and how batches use the machine and commit.
   */
  public record Options(Duration settle, Duration rescan, long maxBytes, BatchOptions batch) {}

  private static final Duration TICK = Duration.ofMillis(50);

  /**
   * The writer stays open between batches (reopening the index costs more than indexing one
   * file), and is closed after this long with nothing to do, so that {@code vanban index} can run
   * between bursts of arrivals.
   */
  private static final Duration IDLE = Duration.ofSeconds(10);

  private final List<Path> roots;
  private final Path indexDir;
  private final Options options;
  private final PrintWriter log;
  private final PrintWriter errors;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  /** Paths heard changing and not yet indexed, with their last event and attributes then. */
  private final Map<Path, Heard> pending = new TreeMap<>();
  private final CountDownLatch caughtUp = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean stopping;
  private volatile int backlog;
  private volatile Runnable committed = () -> {};

  private record Heard(long nanos, CorpusWalker.Stat attributes) {}

  private LocalBackend writer;
  private long lastBatch = System.nanoTime();

  public IndexWatcher(
      List<Path> roots, Path indexDir, Options options, PrintWriter log, PrintWriter errors)
      throws IOException {
    this.roots = List.copyOf(roots);
    this.indexDir = indexDir;
    this.options = options;
    this.log = log;
    this.errors = errors;
    this.service = FileSystems.getDefault().newWatchService();
  }

  /**
   * Runs {@code action} after each batch is committed, on the watcher's thread: a server in the
   * same process opens the new commit at once instead of at its next look.
   */
  public void afterCommit(Runnable action) {
    this.committed = action;
  }

  /** Changes heard and not yet committed. */
  public int pendingChanges() {
    return backlog;
  }

  /** Waits until the first catch-up run has committed; false when {@code timeout} passed first. */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Asks the watcher to stop after the batch it is indexing, if any, is committed, and waits at
   * most {@code timeout} for it.
   */
  public void stop(Duration timeout) throws InterruptedException {
    stopping = true;
    try {
      service.close();
    } catch (IOException e) {
      // Closing anyway.
    }
    stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Watches until {@link #stop}; an index that cannot be written ends it with that error. */
  public void run() throws IOException {
    try {
      for (Path root : roots) {
        if (Files.isDirectory(root)) {
          register(root, false);
        }
      }
      rescan();
      warmUp();
      caughtUp.countDown();
      long nextRescan = System.nanoTime() + options.rescan().toNanos();
      while (!stopping) {
        boolean lost = hear();
        if (stopping) {
          break;
        }
        indexSettled();
        if (lost || System.nanoTime() >= nextRescan) {
          rescan();
          nextRescan = System.nanoTime() + options.rescan().toNanos();
        }
        if (writer != null && pending.isEmpty() && System.nanoTime() - lastBatch > IDLE.toNanos()) {
          closeWriter();
        }
      }
    } catch (ClosedWatchServiceException e) {
      // Stopped while waiting for events.
    } finally {
      caughtUp.countDown();
      closeWriter();
      try {
        service.close();
      } catch (IOException e) {
        // Stopping anyway.
      }
      stopped.countDown();
    }
  }

  /** Waits one tick for events and records them; true when the JDK says some were lost. */
  private boolean hear() throws IOException {
    WatchKey key;
    try {
      key = service.poll(TICK.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping = true;
      return false;
    }
    boolean lost = false;
    while (key != null) {
      Path folder = folders.get(key);
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
          lost = true;
          continue;
        }
        if (folder == null) {
          continue;
        }
        Path path = folder.resolve((Path) event.context());
        if (CorpusWalker.isHidden(path)) {
          continue;
        }
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
            && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          // A folder moved or copied in: watch it, and take every file already in it.
          register(path, true);
          continue;
        }
        heard(CorpusWalker.documentOf(path));
      }
      if (!key.reset()) {
        folders.remove(key);
      }
      key = service.poll();
    }
    backlog = pending.size();
    return lost;
  }

  private void heard(Path path) {
    pending.put(path, new Heard(System.nanoTime(), CorpusWalker.Stat.of(path)));
  }

  /** Indexes, in one batch, every pending path that has settled. */
  private void indexSettled() throws IOException {
    long now = System.nanoTime();
    List<Path> files = new ArrayList<>();
    List<Path> gone = new ArrayList<>();
    var it = pending.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      if (now - e.getValue().nanos() < options.settle().toNanos()) {
        continue;
      }
      CorpusWalker.Stat current = CorpusWalker.Stat.of(e.getKey());
      if (!Objects.equals(current, e.getValue().attributes())) {
        // Still being written: wait for it to be quiet again.
        e.setValue(new Heard(now, current));
        continue;
      }
      it.remove();
      if (current == null) {
        gone.add(e.getKey());
      } else if (Files.isRegularFile(e.getKey())) {
        files.add(e.getKey());
      }
    }
    if (!files.isEmpty() || !gone.isEmpty()) {
      report(job().update(files, gone));
    }
    backlog = pending.size();
  }

  /**
   * Indexes a sample directive a few times into a scratch index, so the first file to arrive after
   * a start goes as fast as the rest: extraction, the index writer, commit and resolution are
   * compiled by then.
   */
  private void warmUp() {
    long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    Path scratch = null;
    try (var in = IndexWatcher.class.getResourceAsStream("warm-up.txt")) {
      scratch = Files.createTempDirectory("vanban-warm-up");
      Path sample = Files.write(scratch.resolve("warm-up.txt"), in.readAllBytes());
      IndexJob job =
          new IndexJob(
              scratch.resolve("index"), options.maxBytes(), true, options.batch(),
              ProgressListener.NONE);
      for (int i = 0; i < 50 && System.nanoTime() < until; i++) {
        job.update(List.of(sample), List.of());
      }
    } catch (IOException | RuntimeException e) {
      // Only slower: the first real file warms the code instead.
    } finally {
      deleteQuietly(scratch);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A scratch folder left in the temporary directory.
    }
  }

  /** Lists the folders again and indexes whatever differs from the index. */
  private void rescan() throws IOException {
    report(job().run(roots));
  }

  /** A job writing through the watcher's writer, opened when needed and left open after. */
  private IndexJob job() {
    return new IndexJob(
        () -> {
          if (writer == null) {
            writer = LocalBackend.writing(indexDir);
          }
          return writer.borrowed();
        },
        options.maxBytes(),
        false,
        options.batch(),
        new ChangeLog());
  }

  private void closeWriter() {
    if (writer != null) {
      try {
        writer.close();
      } catch (IOException e) {
        errors.println("vanban watch: closing the index: " + e.getMessage());
        errors.flush();
      }
      writer = null;
    }
  }

  private void report(IndexSummary summary) {
    lastBatch = System.nanoTime();
    committed.run();
    for (IndexSummary.Failure f : summary.failed()) {
      errors.println(f.path() + ": " + f.reason());
    }
    errors.flush();
    log.flush();
  }

  /** Logs each document written or deleted, one line each. */
  private final class ChangeLog implements ProgressListener {
    @Override
    public void changed(String source, Change change) {
      synchronized (log) {
        log.println(
            Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + " "
                + change.name().toLowerCase(java.util.Locale.ROOT)
                + " "
                + source);
      }
    }
  }

  /** Watches {@code folder} and the folders below it; with {@code take}, their files are pending. */
  private void register(Path folder, boolean take) throws IOException {
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(folder) && CorpusWalker.isHidden(dir)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            WatchKey key =
                dir.register(
                    service,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            folders.put(key, dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (take && !CorpusWalker.isHidden(file)) {
              heard(CorpusWalker.documentOf(file));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
  }

}
