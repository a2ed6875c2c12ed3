package vanban.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index as {@code vanban serve} reads it while others write it: a {@link ReferenceManager} of
 * {@link CorpusView}s, one per commit. A request {@link #acquire()}s the latest view and releases
 * it when answered, so it reads one commit from start to end; a background thread looks for a new
 * commit every {@code interval} — written by the watcher in the same process or by {@code vanban
 * index} in another — and opens it, reopening only the segments that changed.
 */
final class LiveCorpus extends ReferenceManager<CorpusView> {
  private final Path dir;
  private final Directory directory;
  private final DocumentIds ids = new DocumentIds();
  private final ScheduledExecutorService refresher;

  private LiveCorpus(Path dir, Directory directory, Duration interval) throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.current = view(DirectoryReader.open(directory));
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "vanban-refresh");
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(1, interval.toMillis());
    refresher.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
  }

  /** Opens the index in {@code dir}, looking for new commits every {@code interval}. */
  static LiveCorpus open(Path dir, Duration interval) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException(
            "no index in "
                + dir
                + " (build it with 'vanban index', or serve with --watch FOLDER to build it)");
      }
      return new LiveCorpus(dir, directory, interval);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  private void refreshQuietly() {
    try {
      maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // A commit being written or merged away under us: the next look finds the finished one.
    }
  }

  private CorpusView view(DirectoryReader reader) throws IOException {
    return new CorpusView(reader, ids, committed(reader));
  }

  /** When the commit {@code reader} reads was written: its segments file's time. */
  private Instant committed(DirectoryReader reader) throws IOException {
    try {
      return Files.getLastModifiedTime(dir.resolve(reader.getIndexCommit().getSegmentsFileName()))
          .toInstant();
    } catch (IOException e) {
      // Already replaced by a newer commit: this one is at least that old.
      return Instant.now();
    }
  }

  @Override
  protected void decRef(CorpusView view) throws IOException {
    view.reader().decRef();
  }

  @Override
  protected CorpusView refreshIfNeeded(CorpusView current) throws IOException {
    DirectoryReader newer = DirectoryReader.openIfChanged(current.reader());
    return newer == null ? null : view(newer);
  }

  @Override
  protected boolean tryIncRef(CorpusView view) {
    return view.reader().tryIncRef();
  }

  @Override
  protected int getRefCount(CorpusView view) {
    return view.reader().getRefCount();
  }

  @Override
  protected void afterClose() throws IOException {
    refresher.shutdownNow();
    directory.close();
  }
}
