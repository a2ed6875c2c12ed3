package vanban.evaluate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vanban.ingest.CorpusWalker;
import vanban.pipeline.Pipeline;

/**
 * The bundled corpus and the development set through the pipeline once per test run: the
 * extraction figures and the search figures read the same documents, and OCR of the scans is the
 * slow part of CI.
 */
final class RealDocuments {
  private static GoldRun.Processed processed;

  private RealDocuments() {}

  /** Every document of {@code corpus/} and {@code devset/docs/} by file name. */
  static synchronized GoldRun.Processed get() throws InterruptedException {
    if (processed == null) {
      Map<String, Path> files =
          GoldRun.byFileName(CorpusWalker.list(List.of(Path.of("corpus"), Path.of("devset/docs"))).files());
      processed =
          GoldRun.process(files, Pipeline.DEFAULT_MAX_BYTES, Runtime.getRuntime().availableProcessors());
    }
    return processed;
  }
}
