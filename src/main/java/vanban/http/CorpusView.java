package vanban.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import vanban.crossref.CitationGraph;
import vanban.model.ExtractionRecord;
import vanban.search.DocumentSearcher;

/**
 * The index at one point in time, as the web front end reads it: one commit, held open for as long
 * as a request uses it ({@link LiveCorpus}), so a page never mixes two batches.
 *
 * <p>What a page asks about one document or one instrument is a term lookup on this commit: the
 * search, the document page, "cited by". Only the pages over the whole corpus — the most-cited
 * list, the compare matrix, the citation map — build the corpus's whole graph, once per commit,
 * when first asked.
 */
final class CorpusView {
  private final DirectoryReader reader;
  private final DocumentSearcher searcher;
  private final DocumentIds ids;
  private final Instant committed;
  private volatile CitationGraph graph;

  CorpusView(DirectoryReader reader, DocumentIds ids, Instant committed) {
    this.reader = reader;
    this.searcher = DocumentSearcher.over(reader);
    this.ids = ids;
    this.committed = committed;
  }

  DirectoryReader reader() {
    return reader;
  }

  DocumentSearcher searcher() {
    return searcher;
  }

  /** When the commit this view reads was written. */
  Instant committed() {
    return committed;
  }

  /** How many documents this commit holds. */
  int documentCount() {
    return reader.numDocs();
  }

  /**
   * The citation graph of every document of this commit: built when first asked, then kept for
   * the commit's lifetime. Only the pages over the whole corpus need it.
   */
  CitationGraph graph() {
    CitationGraph g = graph;
    if (g == null) {
      synchronized (this) {
        g = graph;
        if (g == null) {
          try {
            g = CitationGraph.build(searcher.all(), this::textOrEmpty);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          graph = g;
        }
      }
    }
    return g;
  }

  /** Every record of this commit, by source ({@link #graph()}'s, built when first asked). */
  List<ExtractionRecord> records() {
    return List.copyOf(graph().documents().values());
  }

  /** The record of {@code source}, when it is in the index. */
  Optional<ExtractionRecord> record(String source) {
    try {
      return searcher.record(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code source} is a document of this commit (a term lookup; nothing is read). */
  boolean contains(String source) {
    if (source == null) {
      return false;
    }
    try {
      return searcher.contains(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The source an id names: a document id ({@link #idOf}) or the source itself, looked up in the
   * index — never opened as a path.
   */
  Optional<String> source(String id) {
    Optional<String> byId = ids.source(reader, id).filter(this::contains);
    if (byId.isPresent()) {
      return byId;
    }
    return contains(id) ? Optional.of(id) : Optional.empty();
  }

  /** The id of an indexed {@code source}. */
  String id(String source) {
    return idOf(source);
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
}
