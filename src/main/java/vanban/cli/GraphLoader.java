package vanban.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vanban.backend.Backend;
import vanban.crossref.CitationGraph;
import vanban.index.IndexFields;
import vanban.lexicon.NumberSymbol;
import vanban.lexicon.SymbolQuery;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.search.DocumentSearcher;

/**
 * Builds the citation graph from an open index: all of it, or (local index only) just the records
 * one answer of {@code cites} or {@code refs} needs.
 */
final class GraphLoader {
  /** Relations that make one instrument stand in for another (as {@link CitationGraph} reads them). */
  private static final Set<String> AMENDING = Set.of("amends", "replaces");

  private GraphLoader() {}

  /** The citation graph of everything in the local index {@code searcher} reads. */
  static CitationGraph load(DocumentSearcher searcher) throws IOException {
    return build(searcher.all(), searcher::text);
  }

  /** The citation graph of everything in {@code backend} (a local index or a Solr collection). */
  static CitationGraph load(Backend backend) throws IOException {
    return build(backend.all(), backend::text);
  }

  /**
   * The graph of the records an answer about {@code query} needs: those citing it (by symbol key,
   * or by type code and number for a partial query), and those citing an instrument one of them
   * says amends or replaces it. Term lookups, so the cost follows the answer, not the corpus.
   */
  static CitationGraph loadCiting(DocumentSearcher searcher, SymbolQuery query) throws IOException {
    List<ExtractionRecord> first =
        query.symbol() != null
            ? searcher.citing(query.symbol().key())
            : IndexFields.instrumentKey(query.typeCode(), query.number()).isPresent()
                ? searcher.citingInstrument(
                    IndexFields.instrumentKey(query.typeCode(), query.number()).get())
                : searcher.all();
    Map<String, ExtractionRecord> records = new TreeMap<>();
    first.forEach(r -> records.put(r.source(), r));
    Set<String> targets = new TreeSet<>();
    for (ExtractionRecord r : first) {
      for (Citation c : r.citations()) {
        if (c.symbol() != null && query.matches(c)) {
          targets.add(NumberSymbol.keyOf(c.symbol()));
        }
      }
    }
    Set<String> amending = new TreeSet<>();
    for (ExtractionRecord r : first) {
      for (Citation c : r.citations()) {
        if (c.symbol() != null
            && c.relationTarget() != null
            && c.relation() != null
            && AMENDING.contains(c.relation())
            && targets.contains(NumberSymbol.keyOf(c.relationTarget()))) {
          IndexFields.symbolKey(c.symbol()).ifPresent(amending::add);
        }
      }
    }
    for (String key : amending) {
      searcher.citing(key).forEach(r -> records.putIfAbsent(r.source(), r));
    }
    return build(List.copyOf(records.values()), searcher::text);
  }

  /**
   * The graph of the records {@code refs} of {@code doc} needs: the document, the records citing
   * what it cites (so each instrument has all its mentions), and the records that can cite it —
   * by its number-symbol, or by description (any citation of its type) when it has none.
   */
  static CitationGraph loadAround(DocumentSearcher searcher, ExtractionRecord doc)
      throws IOException {
    Map<String, ExtractionRecord> records = new TreeMap<>();
    records.put(doc.source(), doc);
    Set<String> keys = new TreeSet<>();
    for (Citation c : doc.citations()) {
      IndexFields.symbolKey(c.symbol()).ifPresent(keys::add);
    }
    DocumentMetadata m = doc.document();
    Optional<String> own = m == null ? Optional.empty() : IndexFields.symbolKey(m.symbol());
    own.ifPresent(keys::add);
    for (String key : keys) {
      searcher.citing(key).forEach(r -> records.putIfAbsent(r.source(), r));
    }
    if (own.isEmpty() && m != null && m.typeCode() != null && !m.typeCode().isBlank()) {
      for (ExtractionRecord r : searcher.citingType(IndexFields.keywordKey(m.typeCode()))) {
        if (r.citations().stream().anyMatch(c -> doc.source().equals(c.resolvedTo()))) {
          records.putIfAbsent(r.source(), r);
          for (Citation c : r.citations()) {
            if (doc.source().equals(c.resolvedTo())) {
              IndexFields.symbolKey(c.symbol())
                  .ifPresent(
                      k -> {
                        try {
                          searcher.citing(k).forEach(x -> records.putIfAbsent(x.source(), x));
                        } catch (IOException e) {
                          throw new UncheckedIOException(e);
                        }
                      });
            }
          }
        }
      }
    }
    return build(List.copyOf(records.values()), searcher::text);
  }

  /** Where a document's normalized text is read from: the local index or a backend. */
  @FunctionalInterface
  private interface TextSource {
    Optional<String> text(String source) throws IOException;
  }

  private static CitationGraph build(List<ExtractionRecord> records, TextSource texts) {
    return CitationGraph.build(
        records,
        source -> {
          try {
            return texts.text(source);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
