package vanban.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import vanban.crossref.CitingSentences;
import vanban.index.DocumentIndexer;
import vanban.index.IndexFields;
import vanban.index.StoredRecords;
import vanban.json.Json;
import vanban.lexicon.SymbolQuery;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.model.Snippet;

/**
 * Searches an index {@link vanban.index.DocumentIndexer} wrote, as of the last commit when opened.
 *
 * <p>Thread-safe for searching; open a new one to see later commits.
 */
public final class DocumentSearcher implements Closeable {
  private static final int DEFAULT_LIMIT = 10;
  private static final int FACET_VALUES = 100;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private static final UserQueryParser PARSER = new UserQueryParser(IndexFields.analyzer());

  /** Matches counted exactly when facets are not asked for; past it the total is a lower bound. */
  public static final int EXACT_TOTAL_UP_TO = 1000;

  private final Analyzer analyzer = IndexFields.analyzer();
  private final DiacriticRestorer restorer;
  private final SnippetHighlighter highlighter;

  private DocumentSearcher(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    // Scoring stops when the thread's budget, if it has one, is spent (vanban serve).
    this.searcher.setTimeout(SearchDeadline.INSTANCE);
    this.highlighter = new SnippetHighlighter(searcher, analyzer);
    this.restorer = new DiacriticRestorer(reader);
  }

  /**
   * A searcher over a reader someone else holds — one point in time of a live index ({@code
   * vanban serve}); closing it leaves the reader open.
   */
  public static DocumentSearcher over(DirectoryReader reader) {
    return new DocumentSearcher(null, reader);
  }

  /** The reader this searcher answers from: one commit of the index. */
  public DirectoryReader reader() {
    return reader;
  }

  /** Opens the index in {@code dir}; fails when there is none. */
  public static DocumentSearcher open(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      return new DocumentSearcher(directory, DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Runs {@code request}: hits best first, the total, and facet counts when asked for. A query
   * typed without diacritics is restored to its most likely accented form ({@link
   * DiacriticRestorer}) unless the request is {@code exact}: the documents matching that form come
   * first, then, when they do not fill the page, the other folded matches; the results say which
   * form was searched.
   *
   * @throws SearchRefused when the expanded query has too many clauses, or the thread's {@link
   *     SearchDeadline} passed
   */
  public SearchResults search(SearchRequest request) throws IOException {
    SearchResults results;
    try {
      results = searchTiers(request);
    } catch (IndexSearcher.TooManyClauses e) {
      throw SearchRefused.tooManyClauses();
    }
    if (SearchDeadline.passed()) {
      // Scoring stopped early: the results are partial, so none are given.
      throw SearchRefused.outOfTime();
    }
    return results;
  }

  private SearchResults searchTiers(SearchRequest request) throws IOException {
    Optional<String> restored =
        request.exact() ? Optional.empty() : restorer.restore(textPart(request.query()));
    SearchRequest accented = restored.map(request::withQuery).orElse(request);
    // Tiers, each filling what the page still lacks with documents no earlier tier matched: every
    // word first, then most words; for a restored query, then the folded form as typed.
    List<Query> tiers = new ArrayList<>();
    tiers.add(query(accented, true));
    Query most = query(accented, false);
    if (!most.equals(tiers.get(0))) {
      tiers.add(most);
    }
    if (restored.isPresent()) {
      tiers.add(query(request, false));
    }
    int limit = request.limit() > 0 ? request.limit() : DEFAULT_LIMIT;
    int n = Math.max(1, Math.min(limit, reader.maxDoc()));
    List<ScoreDoc> page = new ArrayList<>();
    long total = 0;
    boolean totalExact = true;
    int used = 0;
    while (used < tiers.size()) {
      if (page.size() == n && !request.facets()) {
        totalExact = false; // later tiers would only add to the count
        break;
      }
      Query only = used == 0 ? tiers.get(0) : onlyFirst(tiers.get(used), tiers.subList(0, used));
      TopDocs found = page(only, n - page.size(), request.facets());
      page.addAll(List.of(found.scoreDocs));
      total += found.totalHits.value;
      totalExact &= found.totalHits.relation == TotalHits.Relation.EQUAL_TO;
      used++;
    }
    // The facets count every tier's matches; the snippets mark what the tiers on the page matched.
    Query query = anyOf(tiers);
    Query marked = anyOf(tiers.subList(0, used));

    int[] docIds = new int[page.size()];
    for (int i = 0; i < docIds.length; i++) {
      docIds[i] = page.get(i).doc;
    }
    Object[] snippets = highlighter.snippets(marked, docIds);
    StoredFields stored = reader.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      ScoreDoc sd = page.get(i);
      ExtractionRecord record = DocumentIndexer.storedMetadata(stored, sd.doc);
      DocumentMetadata meta = record.document() == null ? DocumentMetadata.empty() : record.document();
      Snippet snippet =
          snippets[i] instanceof Snippet s
              ? s
              : SnippetFormatter.firstSentence(
                  Optional.ofNullable(stored.document(sd.doc, TEXT_FIELD).get(IndexFields.TEXT)).orElse(""));
      hits.add(
          new SearchHit(
              record.source(), meta.symbol(), meta.type(), meta.province(), meta.date(),
              meta.dateNotBefore(), sd.score, snippet));
    }
    Map<String, Map<String, Long>> facets = request.facets() ? facets(query) : Map.of();
    return new SearchResults(total, hits, facets, restored.orElse(null), totalExact);
  }

  /** {@code tier} without the documents any of {@code earlier} matches. */
  private static Query onlyFirst(Query tier, List<Query> earlier) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(tier, Occur.MUST);
    earlier.forEach(q -> b.add(q, Occur.MUST_NOT));
    return b.build();
  }

  /** A document matching any of {@code queries}; the query itself when there is one. */
  private static Query anyOf(List<Query> queries) {
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    queries.forEach(q -> b.add(q, Occur.SHOULD));
    return b.build();
  }

  /**
   * The best {@code n} matches of {@code query}. With {@code exactTotal} (facets count every match
   * anyway) one pass gives the page and the exact total. Otherwise matches are counted exactly up to
   * {@link #EXACT_TOTAL_UP_TO}: past it Lucene skips blocks of documents that cannot score into the
   * page (block-max WAND), which common words need at 100k documents. Equal scores are ordered as
   * everywhere: newer first, then by source.
   */
  private TopDocs page(Query query, int n, boolean exactTotal) throws IOException {
    if (n == 0) {
      return new TopDocs(new TotalHits(searcher.count(query), TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
    }
    if (exactTotal) {
      SortField date = new SortField(IndexFields.DATE, SortField.Type.LONG, true);
      date.setMissingValue(Long.MIN_VALUE);
      Sort sort = new Sort(SortField.FIELD_SCORE, date, new SortField(IndexFields.ID, SortField.Type.STRING));
      TopDocs top = searcher.search(query, TopFieldCollector.createSharedManager(sort, n, null, Integer.MAX_VALUE));
      TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
      return top;
    }
    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(n, null, EXACT_TOTAL_UP_TO));
    return new TopDocs(top.totalHits, tiesByDate(top.scoreDocs));
  }

  /** {@code docs} by score, then date of issue (newest first), then source. */
  private ScoreDoc[] tiesByDate(ScoreDoc[] docs) throws IOException {
    record Keyed(ScoreDoc doc, long date, String source) {}
    List<Keyed> keyed = new ArrayList<>();
    for (ScoreDoc sd : docs) {
      LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(sd.doc, reader.leaves()));
      int local = sd.doc - leaf.docBase;
      NumericDocValues dates = leaf.reader().getNumericDocValues(IndexFields.DATE);
      long date = dates != null && dates.advanceExact(local) ? dates.longValue() : Long.MIN_VALUE;
      SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.ID);
      String source = ids != null && ids.advanceExact(local) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
      keyed.add(new Keyed(sd, date, source));
    }
    keyed.sort(
        java.util.Comparator.comparingDouble((Keyed k) -> -k.doc().score)
            .thenComparing(Keyed::date, java.util.Comparator.reverseOrder())
            .thenComparing(Keyed::source));
    return keyed.stream().map(Keyed::doc).toArray(ScoreDoc[]::new);
  }

  /**
   * The part of a query the restorer reads: the query itself when it is plain words; nothing when
   * it holds a number-symbol, quotes or operators, which are searched as typed.
   */
  private static String textPart(String query) {
    if (query == null || query.isBlank() || !UserQueryParser.isPlainWords(query)) {
      return null;
    }
    return query.strip();
  }

  /**
   * The query of {@code request}: the parsed user query, then the filters as {@code FILTER}
   * clauses; every backend runs this query.
   */
  public static Query query(SearchRequest request) {
    return query(request, false);
  }

  /** {@link #query(SearchRequest)} with every word of the query required when {@code allWords}. */
  static Query query(SearchRequest request, boolean allWords) {
    Query parsed = PARSER.parse(request.query(), allWords, request.querySyntax());
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(parsed, Occur.MUST);
    if (present(request.province())) {
      b.add(new TermQuery(new Term(IndexFields.PROVINCE, IndexFields.provinceKey(request.province()))), Occur.FILTER);
    }
    if (present(request.type())) {
      String key = IndexFields.keywordKey(request.type());
      Query typeOrCode =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(IndexFields.TYPE, key)), Occur.SHOULD)
              .add(new TermQuery(new Term(IndexFields.TYPE_CODE, key)), Occur.SHOULD)
              .build();
      b.add(typeOrCode, Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(IndexFields.DATE, from, to), Occur.FILTER);
    }
    return b.build();
  }

  private Map<String, Map<String, Long>> facets(Query query) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
    Facets counts;
    try {
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
      counts = new SortedSetDocValuesFacetCounts(state, collector);
    } catch (IllegalArgumentException e) {
      // No document has any facet value yet: every dimension is empty.
      counts = null;
    }
    for (String dim : IndexFields.FACET_DIMENSIONS) {
      Map<String, Long> values = new LinkedHashMap<>();
      FacetResult result = null;
      if (counts != null) {
        try {
          result = counts.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException e) {
          // This dimension has no value in the index.
        }
      }
      if (result != null) {
        List<LabelAndValue> sorted = new ArrayList<>(List.of(result.labelValues));
        sorted.sort(
            (a, c) ->
                a.value.longValue() != c.value.longValue()
                    ? Long.compare(c.value.longValue(), a.value.longValue())
                    : a.label.compareTo(c.label));
        for (LabelAndValue lv : sorted) {
          values.put(lv.label, lv.value.longValue());
        }
      }
      out.put(dim, Collections.unmodifiableMap(values));
    }
    return Collections.unmodifiableMap(out);
  }

  private static final Set<String> TEXT_FIELD = Set.of(IndexFields.TEXT);

  /** The record indexed for {@code source}. */
  public Optional<ExtractionRecord> record(String source) throws IOException {
    return stored(source, IndexFields.RECORD)
        .map(json -> Json.read(json, ExtractionRecord.class));
  }

  /** Whether {@code source} is a live document of this index: a term lookup, nothing read. */
  public boolean contains(String source) throws IOException {
    return StoredRecords.docOf(searcher, source).isPresent();
  }

  /** The normalized text indexed for {@code source}. */
  public Optional<String> text(String source) throws IOException {
    return stored(source, IndexFields.TEXT);
  }

  /**
   * The records citing the instrument whose number-symbol key is {@code symbolKey} ({@link
   * IndexFields#CITES}), sorted by {@code source}: a term lookup, not a pass over the index.
   */
  public List<ExtractionRecord> citing(String symbolKey) throws IOException {
    return matching(new TermQuery(new Term(IndexFields.CITES, symbolKey)));
  }

  /**
   * The records citing, by name only, the instrument whose {@link SymbolQuery#nameKey} is {@code
   * nameKey} ({@code luat dat dai}), sorted by {@code source}: a term lookup.
   */
  public List<ExtractionRecord> citingName(String nameKey) throws IOException {
    return matching(new TermQuery(new Term(IndexFields.CITES_NAME, nameKey)));
  }

  /**
   * The first records of a lookup, in {@code source} order — cut to what a citation answer reads:
   * source, metadata, citations ({@link IndexFields#CITATION_RECORD}) — how many match in all, and
   * the citing sentences stored with the records that have them, by source.
   */
  public record Page(
      List<ExtractionRecord> records,
      int total,
      Map<String, List<CitingSentences.Sentence>> sentences) {
    public Page {
      records = List.copyOf(records);
      sentences = Map.copyOf(sentences);
    }

    /** Whether the page holds every match. */
    public boolean complete() {
      return records.size() == total;
    }
  }

  /**
   * The first {@code limit} records citing the instrument whose number-symbol key is {@code
   * symbolKey}, in {@code source} order (the order of {@link #citing(String)}, so a page is a
   * prefix of the whole answer), and the exact number of citing records. Only the page's records
   * are read: the cost follows {@code limit}, not how widely the instrument is cited.
   */
  public Page citing(String symbolKey, int limit) throws IOException {
    return page(new TermQuery(new Term(IndexFields.CITES, symbolKey)), limit);
  }

  /**
   * {@link #citing(String, int)} of one instrument among those sharing the number-symbol key
   * {@code symbolKey}: {@code scopeYear} is {@code <scope key>|<year>} (a year-less citation has
   * an empty year), or {@code <scope key>|} followed by nothing with {@code anyYear} for every year
   * of that scope. See {@link IndexFields#CITED_AS}.
   */
  public Page citing(String symbolKey, String scopeYear, boolean anyYear, int limit)
      throws IOException {
    Term term = new Term(IndexFields.CITED_AS, symbolKey + "|" + scopeYear);
    return page(
        anyYear ? new org.apache.lucene.search.PrefixQuery(term) : new TermQuery(term), limit);
  }

  /**
   * The scopes and years citations give the instrument(s) with number-symbol key {@code
   * symbolKey}, as sorted {@code <scope key>|<year>} values, empty parts where a citation gives
   * none: from the terms, not the records.
   */
  public List<String> citedAs(String symbolKey) throws IOException {
    List<String> out = new ArrayList<>();
    String prefix = symbolKey + "|";
    for (String value : termsWithPrefix(IndexFields.CITED_AS, prefix)) {
      if (searcher.count(new TermQuery(new Term(IndexFields.CITED_AS, value))) > 0) {
        out.add(value.substring(prefix.length()));
      }
    }
    return out;
  }

  /**
   * Path order. Without skipping through the id's terms index: the answers sorted this way are a
   * few dozen hits, for which setting up the skipping costs more than comparing them all
   * (profiled: a third of a local {@code cites} answer at 100k).
   */
  private static final Sort BY_SOURCE = bySource();

  private static Sort bySource() {
    SortField source = new SortField(IndexFields.ID, SortField.Type.STRING);
    source.setOptimizeSortWithIndexedData(false);
    return new Sort(source);
  }

  // The whole record is read only where no citation record is stored (a document citing nothing).
  private static final Set<String> CITATION_RECORD_AND_SENTENCES =
      Set.of(IndexFields.CITATION_RECORD, IndexFields.CITING_SENTENCES);

  private Page page(Query query, int limit) throws IOException {
    int total = searcher.count(query);
    if (total == 0 || limit <= 0) {
      return new Page(List.of(), total, Map.of());
    }
    TopDocs top =
        searcher.search(
            query, Math.min(limit, total), BY_SOURCE);
    StoredFields stored = reader.storedFields();
    List<ExtractionRecord> records = new ArrayList<>();
    Map<String, List<CitingSentences.Sentence>> sentences = new java.util.HashMap<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc, CITATION_RECORD_AND_SENTENCES);
      String json = d.get(IndexFields.CITATION_RECORD);
      ExtractionRecord record =
          json != null
              ? Json.read(json, ExtractionRecord.class)
              : StoredRecords.record(stored, sd.doc);
      records.add(record);
      String kept = d.get(IndexFields.CITING_SENTENCES);
      if (kept != null) {
        sentences.put(record.source(), CitingSentences.decode(kept));
      }
    }
    return new Page(records, total, sentences);
  }

  /** The terms of {@code field} starting with {@code prefix}, in order. */
  private List<String> termsWithPrefix(String field, String prefix) throws IOException {
    List<String> out = new ArrayList<>();
    org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return out;
    }
    org.apache.lucene.index.TermsEnum te = terms.iterator();
    if (te.seekCeil(new BytesRef(prefix)) == org.apache.lucene.index.TermsEnum.SeekStatus.END) {
      return out;
    }
    for (BytesRef term = te.term(); term != null; term = te.next()) {
      String value = term.utf8ToString();
      if (!value.startsWith(prefix)) {
        break;
      }
      out.add(value);
    }
    return out;
  }

  /**
   * The instruments said to amend or replace the one whose number-symbol key is {@code
   * symbolKey}, by their own key, each with the first record (in {@code source} order) saying so:
   * read from the {@link IndexFields#AMENDMENT} terms, not from every document citing it.
   */
  public Map<String, ExtractionRecord> amendersOf(String symbolKey) throws IOException {
    Map<String, ExtractionRecord> out = new TreeMap<>();
    String prefix = symbolKey + "|";
    for (String value : termsWithPrefix(IndexFields.AMENDMENT, prefix)) {
      page(new TermQuery(new Term(IndexFields.AMENDMENT, value)), 1).records().stream()
          .findFirst()
          .ifPresent(r -> out.put(value.substring(prefix.length()), r));
    }
    return out;
  }

  /**
   * The records whose own number-symbol has the key {@code symbolKey} ({@link IndexFields#SYMBOL}),
   * sorted by {@code source}: a term lookup, not a pass over the index.
   */
  public List<ExtractionRecord> withSymbol(String symbolKey) throws IOException {
    return matching(new TermQuery(new Term(IndexFields.SYMBOL, symbolKey)));
  }

  /**
   * The records that cite, or are, an instrument with the {@link IndexFields#INSTRUMENT} key
   * {@code instrumentKey} ({@code ct 26}: every Chỉ thị numbered 26), sorted by {@code source}.
   */
  public List<ExtractionRecord> citingInstrument(String instrumentKey) throws IOException {
    return matching(new TermQuery(new Term(IndexFields.INSTRUMENT, instrumentKey)));
  }

  /**
   * The records that cite, or are, an instrument of the type code {@code typeCodeKey} ({@code
   * kl}), sorted by {@code source}.
   */
  public List<ExtractionRecord> citingType(String typeCodeKey) throws IOException {
    return matching(
        new org.apache.lucene.search.PrefixQuery(
            new Term(IndexFields.INSTRUMENT, typeCodeKey + " ")));
  }

  private List<ExtractionRecord> matching(Query query) throws IOException {
    Map<String, ExtractionRecord> bySource = new TreeMap<>();
    StoredFields stored = reader.storedFields();
    for (ScoreDoc sd : StoredRecords.allHits(searcher, query)) {
      ExtractionRecord record = StoredRecords.record(stored, sd.doc);
      bySource.put(record.source(), record);
    }
    return List.copyOf(bySource.values());
  }

  /** Every indexed record, sorted by {@code source}. */
  public List<ExtractionRecord> all() throws IOException {
    Map<String, ExtractionRecord> bySource = new TreeMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        ExtractionRecord record = StoredRecords.record(stored, doc);
        bySource.put(record.source(), record);
      }
    }
    return List.copyOf(bySource.values());
  }

  @Override
  public void close() throws IOException {
    if (directory == null) {
      return;
    }
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }

  private Optional<String> stored(String source, String field) throws IOException {
    Optional<Integer> doc = StoredRecords.docOf(searcher, source);
    if (doc.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(reader.storedFields().document(doc.get(), Set.of(field)).get(field));
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /** The UnifiedHighlighter, giving one {@link Snippet} per document instead of a string. */
  static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
      super(
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new SnippetFormatter())
              .withScorer(new SnippetScorer())
              .withMaxLength(Integer.MAX_VALUE - 1)
              .withMaxNoHighlightPassages(0)
              // Passages are lines (paragraphs, list items) of the normalized text, so a snippet
              // never runs from the end of one item into the number of the next; a long line is
              // cut around its first match by the formatter.
              .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
              .withHandleMultiTermQuery(true)
              .withHighlightPhrasesStrictly(true)
              // The folded field is not stored: its matches are offsets into the exact field's text.
              .withMaskedFieldsFunc(
                  field ->
                      IndexFields.TEXT.equals(field) ? Set.of(IndexFields.TEXT_FOLDED) : Set.of()));
    }

    /** One snippet or null (no passage matched) per document of {@code docIds}, in that order. */
    Object[] snippets(Query query, int[] docIds) throws IOException {
      if (docIds.length == 0) {
        return new Object[0];
      }
      Map<String, Object[]> byField =
          highlightFieldsAsObjects(new String[] {IndexFields.TEXT}, query, docIds, new int[] {1});
      return byField.get(IndexFields.TEXT);
    }
  }
}
