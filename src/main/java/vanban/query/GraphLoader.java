package vanban.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vanban.backend.Backend;
import vanban.crossref.CitationGraph;
import vanban.crossref.CitedInstrument;
import vanban.crossref.CitingSentences;
import vanban.crossref.Instrument;
import vanban.index.IndexFields;
import vanban.lexicon.NumberSymbol;
import vanban.lexicon.SymbolQuery;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.search.DocumentSearcher;

/**
 * Builds the citation graph from an open index: all of it, or (local index only) just the records
 * one answer of {@code cites} or {@code refs} needs. {@code vanban cites} and {@code refs}, the web
 * pages and the query-latency benchmark all load through here.
 */
public final class GraphLoader {
  /**
   * Citing documents a {@code cites} answer lists by default, per instrument: a screenful, enough
   * to see who cites it and how, while one cited by thousands answers as fast as one cited by few.
   */
  public static final int DEFAULT_LIMIT = 20;

  private GraphLoader() {}

  /** The citation graph of everything in the local index {@code searcher} reads. */
  public static CitationGraph load(DocumentSearcher searcher) throws IOException {
    return build(searcher.all(), searcher::text);
  }

  /** The citation graph of everything in {@code backend} (a local index or a Solr collection). */
  public static CitationGraph load(Backend backend) throws IOException {
    return build(backend.all(), backend::text);
  }

  /**
   * One page of a {@code cites} answer: the graph of the records shown, and how many documents cite
   * each number-symbol key in all, and each {@code key|scope|year} ({@code year} {@code *} for every
   * year of the scope) when the symbol names several instruments (empty for a partial query, whose
   * answer is never cut).
   */
  public record CitingAnswer(CitationGraph graph, Map<String, Integer> totals) {}

  /**
   * The first {@code limit} documents citing the instrument {@code query} names, in source order,
   * with the exact count of all of them; and the same for each instrument said to amend or replace
   * it (found from the index's amendment terms), with a document saying so. The cost follows
   * {@code limit}, not how widely the instrument is cited. A partial query ({@code Chỉ thị 26})
   * loads its whole answer, as {@link #loadCiting(DocumentSearcher, SymbolQuery)} does.
   */
  public static CitingAnswer loadCiting(DocumentSearcher searcher, SymbolQuery query, int limit)
      throws IOException {
    if (query.symbol() == null) {
      return new CitingAnswer(loadCiting(searcher, query), Map.of());
    }
    String key = query.symbol().key();
    Map<String, ExtractionRecord> records = new TreeMap<>();
    Map<String, Integer> totals = new TreeMap<>();
    // One symbol, several instruments — a province's own 12-CT/TU in each province, 26-CT/TW of
    // 2013 and of 2023 — which the graph tells apart by scope, then year: each gets its own page
    // and count, or one could fall wholly outside the first page.
    Map<String, Set<String>> yearsByScope = new TreeMap<>();
    for (String scopeYear : searcher.citedAs(key)) {
      int bar = scopeYear.lastIndexOf('|');
      yearsByScope
          .computeIfAbsent(scopeYear.substring(0, bar), s -> new TreeSet<>())
          .add(scopeYear.substring(bar + 1));
    }
    boolean oneInstrument =
        yearsByScope.size() <= 1
            && yearsByScope.values().stream().allMatch(years -> datedYears(years) <= 1);
    List<ExtractionRecord> first = new ArrayList<>();
    Map<String, List<CitingSentences.Sentence>> sentences = new java.util.HashMap<>();
    if (oneInstrument) {
      DocumentSearcher.Page page = searcher.citing(key, limit);
      first.addAll(page.records());
      sentences.putAll(page.sentences());
      totals.put(key, page.total());
    } else {
      for (Map.Entry<String, Set<String>> scope : yearsByScope.entrySet()) {
        boolean byYear = datedYears(scope.getValue()) > 1;
        for (String year : byYear ? scope.getValue() : Set.of("*")) {
          DocumentSearcher.Page group =
              byYear
                  ? searcher.citing(key, scope.getKey() + "|" + year, false, limit)
                  : searcher.citing(key, scope.getKey() + "|", true, limit);
          first.addAll(group.records());
          sentences.putAll(group.sentences());
          totals.put(key + "|" + scope.getKey() + "|" + year, group.total());
        }
      }
    }
    first.forEach(r -> records.putIfAbsent(r.source(), r));
    Map<String, ExtractionRecord> sayings = new TreeMap<>(searcher.amendersOf(key));
    // An index written before the amendment terms existed still answers from the page itself.
    for (String amender : amendingKeys(first, Set.of(key))) {
      sayings.putIfAbsent(amender, null);
    }
    for (Map.Entry<String, ExtractionRecord> amender : sayings.entrySet()) {
      DocumentSearcher.Page citers = searcher.citing(amender.getKey(), limit);
      citers.records().forEach(r -> records.putIfAbsent(r.source(), r));
      sentences.putAll(citers.sentences());
      totals.put(amender.getKey(), citers.total());
      if (amender.getValue() != null) {
        records.putIfAbsent(amender.getValue().source(), amender.getValue());
      }
    }
    CitationGraph graph =
        CitationGraph.build(
            List.copyOf(records.values()),
            source -> {
              try {
                return searcher.text(source);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            source -> Optional.ofNullable(sentences.get(source)));
    return new CitingAnswer(graph, totals);
  }

  /**
   * The lookup's count of documents citing {@code ci}: by its number-symbol, scope and year when
   * the symbol names several instruments, by its number-symbol when {@code ci} is the only
   * instrument of {@code answer} with it; else the documents the answer holds, then complete.
   */
  public static int total(
      CitedInstrument ci, Map<String, Integer> totals, List<CitedInstrument> answer) {
    String symbol = ci.instrument().symbol();
    java.util.Optional<String> key = IndexFields.symbolKey(symbol);
    if (key.isEmpty()) {
      return ci.citingSources().size();
    }
    Integer year = ci.instrument().year();
    String scoped = key.get() + "|" + Instrument.scopeKey(ci.instrument().scope()) + "|";
    Integer ofInstrument = totals.get(scoped + (year == null ? "" : year));
    if (ofInstrument == null) {
      ofInstrument = totals.get(scoped + "*");
    }
    if (ofInstrument != null) {
      return ofInstrument;
    }
    long sameSymbol = answer.stream().filter(o -> symbol.equals(o.instrument().symbol())).count();
    Integer counted = sameSymbol == 1 ? totals.get(key.get()) : null;
    return counted != null ? counted : ci.citingSources().size();
  }
  /**
   * The graph of the records an answer about {@code query} needs: those citing it (by symbol key,
   * or by type code and number for a partial query), and those citing an instrument one of them
   * says amends or replaces it. Term lookups, so the cost follows the answer, not the corpus.
   */
  public static CitationGraph loadCiting(DocumentSearcher searcher, SymbolQuery query) throws IOException {
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
    Set<String> amending = amendingKeys(first, targets);
    for (String key : amending) {
      searcher.citing(key).forEach(r -> records.putIfAbsent(r.source(), r));
    }
    return build(List.copyOf(records.values()), searcher::text);
  }

  /**
   * The graph of the records citing, by name only, the instrument whose name key is {@code
   * nameKey} ({@link SymbolQuery#nameKey}: {@code Luật Đất đai} and {@code luat dat dai 2013} are
   * one key); its {@link CitationGraph#findNamed} gives the instruments. A term lookup.
   */
  public static CitationGraph loadNamed(DocumentSearcher searcher, String nameKey)
      throws IOException {
    return build(searcher.citingName(nameKey), searcher::text);
  }

  /** How many of {@code years} are years (not the empty one of year-less citations). */
  private static long datedYears(Set<String> years) {
    return years.stream().filter(y -> !y.isEmpty()).count();
  }

  /** Symbol keys of the instruments {@code records} say amend or replace one of {@code targets}. */
  private static Set<String> amendingKeys(List<ExtractionRecord> records, Set<String> targets) {
    Set<String> amending = new TreeSet<>();
    for (ExtractionRecord r : records) {
      for (Citation c : r.citations()) {
        if (c.symbol() != null
            && c.relationTarget() != null
            && c.relation() != null
            && CitationGraph.AMENDING.contains(c.relation())
            && targets.contains(NumberSymbol.keyOf(c.relationTarget()))) {
          IndexFields.symbolKey(c.symbol()).ifPresent(amending::add);
        }
      }
    }
    return amending;
  }

  /**
   * The graph of the records {@code refs} of {@code doc} needs: the document, the records citing
   * what it cites (so each instrument has all its mentions), and the records that can cite it —
   * by its number-symbol, or by description (any citation of its type) when it has none.
   */
  public static CitationGraph loadAround(DocumentSearcher searcher, ExtractionRecord doc)
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
