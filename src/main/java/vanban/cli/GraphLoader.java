package vanban.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import vanban.backend.Backend;
import vanban.crossref.CitationGraph;
import vanban.search.DocumentSearcher;

/** Builds the citation graph of everything in an open index. */
final class GraphLoader {
  private GraphLoader() {}

  static CitationGraph load(DocumentSearcher searcher) throws IOException {
    return CitationGraph.build(searcher.all(), source -> text(searcher, source));
  }

  /** The citation graph of everything in {@code backend}. */
  static CitationGraph load(Backend backend) throws IOException {
    return CitationGraph.build(backend.all(), source -> text(backend, source));
  }

  private static Optional<String> text(Backend searcher, String source) {
    try {
      return searcher.text(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> text(DocumentSearcher searcher, String source) {
    try {
      return searcher.text(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
