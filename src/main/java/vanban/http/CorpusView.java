package vanban.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vanban.crossref.CitationGraph;
import vanban.model.ExtractionRecord;
import vanban.search.DocumentSearcher;

/**
 * An index as the web front end reads it: the searcher, every record, the citation graph, and a
 * stable short id per document. Built once at start; read-only and safe to share between threads.
 */
final class CorpusView implements Closeable {
  private final DocumentSearcher searcher;
  private final CitationGraph graph;
  private final Map<String, String> sourceById = new LinkedHashMap<>();
  private final Map<String, String> idBySource = new LinkedHashMap<>();

  private CorpusView(DocumentSearcher searcher) throws IOException {
    this.searcher = searcher;
    this.graph = CitationGraph.build(searcher.all(), this::textOrEmpty);
    for (String source : graph.documents().keySet()) {
      String id = idOf(source);
      sourceById.put(id, source);
      idBySource.put(source, id);
    }
  }

  /** Opens the index in {@code dir} and reads what the pages need. */
  static CorpusView open(Path dir) throws IOException {
    DocumentSearcher searcher = DocumentSearcher.open(dir);
    try {
      return new CorpusView(searcher);
    } catch (IOException | RuntimeException e) {
      searcher.close();
      throw e;
    }
  }

  DocumentSearcher searcher() {
    return searcher;
  }

  CitationGraph graph() {
    return graph;
  }

  /** The record of {@code source}, when it is in the index. */
  Optional<ExtractionRecord> record(String source) {
    return Optional.ofNullable(graph.documents().get(source));
  }

  /**
   * The source an id names: a document id ({@link #idOf}) or the source itself, looked up in the
   * index's list — never opened as a path.
   */
  Optional<String> source(String id) {
    if (sourceById.containsKey(id)) {
      return Optional.of(sourceById.get(id));
    }
    return graph.documents().containsKey(id) ? Optional.of(id) : Optional.empty();
  }

  /** The id of an indexed {@code source}. */
  String id(String source) {
    return idBySource.getOrDefault(source, idOf(source));
  }

  /** The page of an indexed document. */
  String documentHref(String source) {
    return "/documents/" + id(source);
  }

  /** The normalized text of {@code source}, empty when the index has none. */
  String text(String source) {
    return textOrEmpty(source).orElse("");
  }

  private Optional<String> textOrEmpty(String source) {
    try {
      return searcher.text(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A document's id: the first 16 hex digits of the SHA-256 of its source, stable across runs and
   * index rebuilds, and safe in a URL.
   */
  static String idOf(String source) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public void close() throws IOException {
    searcher.close();
  }
}
