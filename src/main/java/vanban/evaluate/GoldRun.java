package vanban.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vanban.ingest.IngestException;
import vanban.model.ExtractionRecord;
import vanban.pipeline.Pipeline;
import vanban.pipeline.ProcessedDocument;

/**
 * Extracts the gold's documents with the pipeline, on several threads, and keeps the records by
 * file name with the reasons of the files that failed.
 */
public final class GoldRun {

  /** Records by file name, and {@code path: reason} of what could not be read. */
  public record Result(Map<String, ExtractionRecord> records, Map<String, String> failures) {}

  private GoldRun() {}

  /**
   * Where a gold document's file is: {@code docs/NAME} when a docs folder is given, else its
   * source against the gold file's folder, its {@code docs/} subfolder, then the working folder.
   */
  public static Path locate(GoldDocument g, Path goldFile, Path docs) {
    String name = Evaluator.fileName(g.source());
    List<Path> tries = new ArrayList<>();
    if (docs != null) {
      tries.add(docs.resolve(name));
    }
    Path dir = goldFile.toAbsolutePath().getParent();
    tries.add(dir.resolve(g.source()));
    tries.add(dir.resolve("docs").resolve(name));
    tries.add(Path.of(g.source()));
    for (Path p : tries) {
      if (Files.exists(p)) {
        return p;
      }
    }
    return tries.get(0);
  }

  /** Extracts every gold document on {@code threads} threads. */
  public static Result extract(
      List<GoldDocument> gold, Path goldFile, Path docs, long maxBytes, int threads)
      throws InterruptedException {
    Map<String, Path> files = new LinkedHashMap<>();
    for (GoldDocument g : gold) {
      files.put(Evaluator.fileName(g.source()), locate(g, goldFile, docs));
    }
    Processed p = process(files, maxBytes, threads);
    Map<String, ExtractionRecord> records = new LinkedHashMap<>();
    p.documents().forEach((name, d) -> records.put(name, d.record()));
    return new Result(records, p.failures());
  }

  /** {@code files} by file name, in order: what {@link #process} takes for a folder's listing. */
  public static Map<String, Path> byFileName(List<Path> files) {
    Map<String, Path> out = new LinkedHashMap<>();
    for (Path f : files) {
      out.put(f.getFileName().toString(), f);
    }
    return out;
  }

  /** Documents through the pipeline by name, and {@code name: reason} of those that failed. */
  public record Processed(Map<String, ProcessedDocument> documents, Map<String, String> failures) {}

  /**
   * Runs the pipeline on every file of {@code files} (by the name to keep it under) on {@code
   * threads} threads; the result keeps the names' order.
   */
  public static Processed process(Map<String, Path> files, long maxBytes, int threads)
      throws InterruptedException {
    Map<String, ProcessedDocument> done = new ConcurrentHashMap<>();
    Map<String, String> failures = new ConcurrentHashMap<>();
    ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(() -> new Pipeline(maxBytes));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> jobs = new ArrayList<>();
      files.forEach(
          (name, file) ->
              jobs.add(
                  pool.submit(
                      () -> {
                        try {
                          done.put(name, pipelines.get().process(file, Pipeline.sourceName(file)));
                        } catch (IngestException e) {
                          failures.put(name, e.reason());
                        } catch (RuntimeException e) {
                          failures.put(name, "extraction failed: " + e);
                        }
                      })));
      for (Future<?> job : jobs) {
        try {
          job.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Map<String, ProcessedDocument> ordered = new LinkedHashMap<>();
    Map<String, String> failed = new LinkedHashMap<>();
    for (String name : files.keySet()) {
      if (done.containsKey(name)) {
        ordered.put(name, done.get(name));
      } else if (failures.containsKey(name)) {
        failed.put(name, failures.get(name));
      }
    }
    return new Processed(ordered, failed);
  }
}
