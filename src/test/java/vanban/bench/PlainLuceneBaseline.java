package vanban.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import vanban.ingest.CorpusWalker;
import vanban.ingest.DocumentReader;
import vanban.pipeline.Pipeline;

/**
 * The baseline {@code vanban index} is compared with: the same files read by the same {@link
 * DocumentReader} (formats must be parsed either way) on the same number of threads, indexed by
 * plain Lucene with {@link StandardAnalyzer} — one stored text field and an id, no normalization,
 * no extraction, no resolution.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt) vanban.bench.PlainLuceneBaseline CORPUS INDEX [THREADS]}
 * prints {@code docs seconds docs/s MB/s}.
 */
public final class PlainLuceneBaseline {
  private PlainLuceneBaseline() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path index = Path.of(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    long start = System.nanoTime();
    List<Path> files = CorpusWalker.list(List.of(corpus)).files();
    AtomicLong bytes = new AtomicLong();
    AtomicLong docs = new AtomicLong();
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter writer =
            new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      Semaphore inFlight = new Semaphore(threads * 2);
      ThreadLocal<DocumentReader> readers = ThreadLocal.withInitial(() -> new DocumentReader(Pipeline.DEFAULT_MAX_BYTES));
      for (Path f : files) {
        inFlight.acquire();
        pool.submit(() -> {
          try {
            String text = readers.get().read(f).text();
            Document d = new Document();
            d.add(new StringField("id", f.toString(), Field.Store.YES));
            d.add(new TextField("text", text, Field.Store.YES));
            writer.addDocument(d);
            bytes.addAndGet(Files.size(f));
            docs.incrementAndGet();
          } catch (Exception e) {
            System.err.println(f + ": " + e.getMessage());
          } finally {
            inFlight.release();
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.DAYS);
      writer.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%d %.2f %.1f %.2f%n", docs.get(), seconds, docs.get() / seconds, bytes.get() / 1e6 / seconds);
  }
}
