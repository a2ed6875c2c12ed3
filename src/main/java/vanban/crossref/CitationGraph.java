package vanban.crossref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vanban.lexicon.NumberSymbol;
import vanban.lexicon.SymbolQuery;
import vanban.model.Citation;
import vanban.model.ExtractionRecord;
import vanban.segment.SentenceSegmenter;
import vanban.segment.TextUnit;

/**
 * Every instrument the corpus cites, with its mentions: the answer to "which documents cite
 * 26/CT-TTg?", a document's outgoing and incoming citations, and the graph of it all.
 *
 * <p>Mentions group by instrument identity (DOMAIN.md §2): the symbol (compared by key) or the
 * name, the scope, and the year. A mention without a year joins the group of its symbol and scope
 * when only one year is known for them.
 */
public final class CitationGraph {
  /** Relations that make one instrument stand in for another in amendment-aware answers. */
  public static final Set<String> AMENDING = Set.of("amends", "replaces");

  /** The order of an answer naming several instruments: by year (undated last), then label. */
  private static final Comparator<CitedInstrument> BY_YEAR_THEN_LABEL =
      Comparator.comparing(
              (CitedInstrument ci) -> ci.instrument().year(),
              Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
          .thenComparing(ci -> ci.instrument().label());

  private final Map<String, ExtractionRecord> documents = new LinkedHashMap<>();
  private final List<CitedInstrument> instruments;

  private CitationGraph(
      List<ExtractionRecord> records,
      Function<String, Optional<String>> texts,
      Function<String, Optional<List<CitingSentences.Sentence>>> sentences) {
    records.stream()
        .sorted(Comparator.comparing(ExtractionRecord::source))
        .forEach(r -> documents.put(r.source(), r));
    this.instruments = group(new SentenceFinder(texts, sentences));
  }

  /**
   * Builds the graph of {@code records}; {@code texts} gives a document's normalized text, for the
   * citing sentences.
   */
  public static CitationGraph build(
      List<ExtractionRecord> records, Function<String, Optional<String>> texts) {
    return new CitationGraph(records, texts, source -> Optional.empty());
  }

  /**
   * {@link #build(List, Function)} where {@code sentences} gives, for some documents, the citing
   * sentences stored at indexing ({@link CitingSentences}); the others' come from their text.
   */
  public static CitationGraph build(
      List<ExtractionRecord> records,
      Function<String, Optional<String>> texts,
      Function<String, Optional<List<CitingSentences.Sentence>>> sentences) {
    return new CitationGraph(records, texts, sentences);
  }

  /** Every cited instrument, most cited first. */
  public List<CitedInstrument> instruments() {
    return instruments;
  }

  /** The documents of the corpus by source. */
  public Map<String, ExtractionRecord> documents() {
    return documents;
  }

  /**
   * The instruments {@code query} means, each with its citing mentions, ordered by year then
   * symbol; {@code year} narrows an ambiguous query.
   */
  public List<CitedInstrument> find(SymbolQuery query, Integer year) {
    return instruments.stream()
        .filter(ci -> ci.mentions().stream().anyMatch(m -> query.matches(m.citation())))
        .filter(ci -> year == null || year.equals(ci.instrument().year()))
        .sorted(BY_YEAR_THEN_LABEL)
        .toList();
  }

  /**
   * The instruments cited by name only whose name has the key {@code nameKey} ({@link
   * vanban.lexicon.SymbolQuery#nameKey}), ordered by year then label; {@code year} narrows them
   * as in {@link #find}.
   */
  public List<CitedInstrument> findNamed(String nameKey, Integer year) {
    return instruments.stream()
        .filter(ci -> ci.instrument().symbol() == null)
        .filter(ci -> year == null || year.equals(ci.instrument().year()))
        .filter(
            ci ->
                vanban.lexicon.SymbolQuery.nameKey(ci.instrument().name())
                    .filter(nameKey::equals)
                    .isPresent())
        .sorted(BY_YEAR_THEN_LABEL)
        .toList();
  }

  /** The {@code n} instruments cited by the most documents. */
  public List<CitedInstrument> top(int n) {
    return instruments.stream().limit(n).toList();
  }

  /** What {@code source} cites, and who cites it. */
  public record Refs(
      ExtractionRecord document, List<CitedInstrument> outgoing, List<Mention> incoming) {}

  /** The outgoing and incoming citations of one document. */
  public Optional<Refs> refs(String source) {
    ExtractionRecord doc = documents.get(source);
    if (doc == null) {
      return Optional.empty();
    }
    List<CitedInstrument> outgoing = new ArrayList<>();
    List<Mention> incoming = new ArrayList<>();
    for (CitedInstrument ci : instruments) {
      List<Mention> mine = ci.mentions().stream().filter(m -> m.source().equals(source)).toList();
      if (!mine.isEmpty()) {
        outgoing.add(new CitedInstrument(ci.instrument(), mine, List.of()));
      }
      if (source.equals(ci.instrument().resolvedTo())) {
        ci.mentions().stream().filter(m -> !m.source().equals(source)).forEach(incoming::add);
      }
    }
    outgoing.sort(Comparator.comparingInt(ci -> ci.mentions().get(0).citation().span().start()));
    return Optional.of(new Refs(doc, outgoing, incoming));
  }

  private List<CitedInstrument> group(SentenceFinder sentences) {
    Map<String, List<Mention>> byBase = new LinkedHashMap<>();
    for (ExtractionRecord r : documents.values()) {
      for (int k = 0; k < r.citations().size(); k++) {
        Instrument i = Instrument.of(r.citations().get(k));
        byBase.computeIfAbsent(i.baseKey(), x -> new ArrayList<>()).add(sentences.mention(r, k));
      }
    }
    List<List<Mention>> groups = new ArrayList<>();
    for (List<Mention> mentions : byBase.values()) {
      Set<Integer> years = new TreeSet<>();
      mentions.stream().map(m -> m.citation().year()).filter(Objects::nonNull).forEach(years::add);
      if (years.size() <= 1) {
        groups.add(mentions);
        continue;
      }
      Map<Integer, List<Mention>> byYear = new LinkedHashMap<>();
      for (Mention m : mentions) {
        byYear.computeIfAbsent(m.citation().year(), y -> new ArrayList<>()).add(m);
      }
      groups.addAll(byYear.values());
    }
    Map<String, CitedInstrument> plain = new LinkedHashMap<>();
    for (List<Mention> g : groups) {
      CitedInstrument ci = new CitedInstrument(merge(g), g, List.of());
      plain.put(identity(ci.instrument()), ci);
    }
    Map<String, List<CitedInstrument>> amenders = amendersByTarget(plain.values());
    List<CitedInstrument> out = new ArrayList<>();
    for (CitedInstrument ci : plain.values()) {
      out.add(new CitedInstrument(ci.instrument(), ci.mentions(), amendmentsOf(ci, amenders)));
    }
    out.sort(
        Comparator.comparingInt((CitedInstrument ci) -> -ci.citingSources().size())
            .thenComparingInt(ci -> -ci.mentions().size())
            .thenComparing(ci -> ci.instrument().label()));
    return List.copyOf(out);
  }

  /**
   * For each amended or replaced instrument (symbol key and scope), the instruments whose
   * citations say they amend or replace it: one pass over the mentions, so an answer listing
   * thousands of instruments does not compare every pair.
   */
  private static Map<String, List<CitedInstrument>> amendersByTarget(
      java.util.Collection<CitedInstrument> all) {
    Map<String, List<CitedInstrument>> byTarget = new HashMap<>();
    for (CitedInstrument other : all) {
      Set<String> targets = new java.util.LinkedHashSet<>();
      for (Mention m : other.mentions()) {
        Citation c = m.citation();
        if (c.relation() != null && AMENDING.contains(c.relation()) && c.relationTarget() != null) {
          targets.add(amendedKey(c.relationTarget(), c.scope()));
        }
      }
      for (String t : targets) {
        byTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(other);
      }
    }
    return byTarget;
  }

  /** Instruments that amend or replace {@code target} in its scope, itself excluded. */
  private static List<CitedInstrument> amendmentsOf(
      CitedInstrument target, Map<String, List<CitedInstrument>> amendersByTarget) {
    String symbol = target.instrument().symbol();
    if (symbol == null) {
      return List.of();
    }
    return amendersByTarget
        .getOrDefault(amendedKey(symbol, target.instrument().scope()), List.of())
        .stream()
        .filter(other -> other != target)
        .toList();
  }

  private static String amendedKey(String symbol, String scope) {
    return NumberSymbol.keyOf(symbol) + "|" + (scope == null ? "" : scope);
  }

  /** One instrument from its mentions: the first value each field is given. */
  private static Instrument merge(List<Mention> mentions) {
    String symbol = null, name = null, type = null, issuer = null, scope = null, resolvedTo = null;
    Integer year = null;
    for (Mention m : mentions) {
      Citation c = m.citation();
      symbol = symbol != null ? symbol : c.symbol();
      name = name != null ? name : c.name();
      type = type != null ? type : c.type();
      issuer = issuer != null ? issuer : c.issuer();
      scope = scope != null ? scope : c.scope();
      year = year != null ? year : c.year();
      resolvedTo = resolvedTo != null ? resolvedTo : c.resolvedTo();
    }
    return new Instrument(symbol, name, type, issuer, scope, year, resolvedTo);
  }

  /** A string that tells instruments apart, for graph node ids. */
  static String identity(Instrument i) {
    return i.baseKey() + "|" + (i.year() == null ? "" : i.year());
  }

  /**
   * Finds the sentence around a citation: stored at indexing when the record came with its
   * sentences, else from the document's text, segmenting each text once.
   */
  private static final class SentenceFinder {
    private final Function<String, Optional<String>> texts;
    private final Function<String, Optional<List<CitingSentences.Sentence>>> stored;
    private final Map<String, Optional<String>> textCache = new HashMap<>();
    private final Map<String, List<TextUnit>> unitCache = new HashMap<>();
    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    SentenceFinder(
        Function<String, Optional<String>> texts,
        Function<String, Optional<List<CitingSentences.Sentence>>> stored) {
      this.texts = texts;
      this.stored = stored;
    }

    Mention mention(ExtractionRecord r, int index) {
      String source = r.source();
      Citation c = r.citations().get(index);
      Optional<List<CitingSentences.Sentence>> kept = stored.apply(source);
      if (kept.isPresent() && kept.get().size() == r.citations().size()) {
        CitingSentences.Sentence s = kept.get().get(index);
        return new Mention(source, c, s.text(), s.highlight());
      }
      Optional<String> text = textCache.computeIfAbsent(source, texts);
      if (text.isEmpty() || c.span() == null || c.span().end() > text.get().length()) {
        CitingSentences.Sentence s = CitingSentences.asWritten(c);
        return new Mention(source, c, s.text(), s.highlight());
      }
      String t = text.get();
      List<TextUnit> units = unitCache.computeIfAbsent(source, k -> segmenter.segment(t));
      CitingSentences.Sentence s = CitingSentences.around(c.span(), units, t);
      return new Mention(source, c, s.text(), s.highlight());
    }
  }
}
