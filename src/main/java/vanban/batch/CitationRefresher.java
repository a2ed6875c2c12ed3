package vanban.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import vanban.index.DocumentIndexer;
import vanban.index.FileStamp;
import vanban.index.IndexFields;
import vanban.index.StoredRecords;
import vanban.json.Json;
import vanban.lexicon.DocumentTypes;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.resolve.CitationResolver;

/**
 * Re-resolves only the citations a run can have changed: those of the documents the run wrote,
 * and those of documents citing an instrument a written or deleted document is (or was), found
 * through the index's {@code cites} and {@code instrument} terms instead of a pass over the corpus.
 *
 * <p>A document is found by {@link CitationResolver} either by identity (its number-symbol) or,
 * when its header has no number, by description (type, scope, issuer, date, title). So the
 * resolution key of a document ({@link #keysOf}) is {@code s:<symbol key>} when it has a symbol
 * (citers: {@code cites:<key>}) and {@code t:<type code>} when it has none (citers: any citation
 * of that type, {@code instrument:<code> *}). Each affected document is resolved against the
 * documents its citations could name — those with the cited symbol and the symbol-less ones of a
 * cited type — which gives exactly what resolving against the whole corpus gives.
 */
final class CitationRefresher {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Map<String, List<ExtractionRecord>> unnumberedByType = new HashMap<>();
  // A document cited by many is a candidate for each of its citers: read and parsed once, kept as
  // metadata alone, and only for the most recently asked symbols, so memory stays flat at 100k.
  private static final int CACHED_SYMBOLS = 1024;
  private final Map<String, List<ExtractionRecord>> bySymbol =
      new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<ExtractionRecord>> eldest) {
          return size() > CACHED_SYMBOLS;
        }
      };

  CitationRefresher(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** The resolution keys of a document with metadata {@code m}: what citations find it by. */
  static Set<String> keysOf(DocumentMetadata m) {
    Set<String> keys = new TreeSet<>();
    if (m == null) {
      return keys;
    }
    IndexFields.symbolKey(m.symbol()).ifPresent(k -> keys.add("s:" + k));
    if (m.symbol() == null || m.symbol().isBlank()) {
      typeKey(m.typeCode(), m.type()).ifPresent(k -> keys.add("t:" + k));
    }
    return keys;
  }

  /**
   * The sources whose citations may resolve differently: {@code written} itself, and every
   * document citing an instrument with one of {@code keys}.
   */
  Set<String> affected(Collection<String> written, Collection<String> keys) throws IOException {
    Set<String> out = new TreeSet<>(written);
    for (String key : keys) {
      Query q;
      if (key.startsWith("s:")) {
        q = new TermQuery(new Term(IndexFields.CITES, key.substring(2)));
      } else if (key.startsWith("t:")) {
        q = new PrefixQuery(new Term(IndexFields.INSTRUMENT, key.substring(2) + " "));
      } else {
        continue;
      }
      for (ScoreDoc sd : all(q)) {
        out.add(sourceOf(sd.doc));
      }
    }
    return out;
  }

  /** A document as the index holds it: its record and stamp; the text is read only to rewrite it. */
  record Indexed(ExtractionRecord record, FileStamp stamp, int doc, boolean pending) {}

  private static final Set<String> RECORD_AND_STAMP =
      Set.of(
          IndexFields.RECORD,
          IndexFields.STAMP_SIZE,
          IndexFields.STAMP_MTIME,
          IndexFields.STAMP_SHA256);

  /** The document of {@code source} in the reader, if any. */
  java.util.Optional<Indexed> load(String source) throws IOException {
    java.util.Optional<Integer> found = StoredRecords.docOf(searcher, source);
    if (found.isEmpty()) {
      return java.util.Optional.empty();
    }
    int doc = found.get();
    Document d = reader.storedFields().document(doc, RECORD_AND_STAMP);
    ExtractionRecord record = Json.read(d.get(IndexFields.RECORD), ExtractionRecord.class);
    FileStamp stamp = null;
    if (d.getField(IndexFields.STAMP_SIZE) != null) {
      stamp =
          new FileStamp(
              d.getField(IndexFields.STAMP_SIZE).numericValue().longValue(),
              d.getField(IndexFields.STAMP_MTIME).numericValue().longValue(),
              d.get(IndexFields.STAMP_SHA256));
    }
    return java.util.Optional.of(new Indexed(record, stamp, doc, isPending(doc)));
  }

  /** The normalized text of a loaded document (the largest stored field, so read on demand). */
  private String text(Indexed indexed) throws IOException {
    return reader.storedFields().document(indexed.doc(), Set.of(IndexFields.TEXT)).get(IndexFields.TEXT);
  }

  /** {@code r} with its citations resolved against the documents they could name. */
  ExtractionRecord resolve(ExtractionRecord indexed) throws IOException {
    // The resolver only ever sets a target: what the record resolved to before must go first.
    ExtractionRecord r =
        indexed.withCitations(
            indexed.citations().stream().map(c -> c.withResolvedTo(null)).toList());
    Map<String, ExtractionRecord> candidates = new LinkedHashMap<>();
    candidates.put(r.source(), r);
    Set<String> symbols = new TreeSet<>();
    Set<String> types = new TreeSet<>();
    for (Citation c : r.citations()) {
      if (c.symbol() == null) {
        continue;
      }
      IndexFields.symbolKey(c.symbol()).ifPresent(symbols::add);
      typeKey(c.typeCode(), c.type()).ifPresent(types::add);
    }
    // Candidates only lend their metadata: without their own citations the resolver has nothing
    // to do for them, and a record citing hundreds of instruments costs linear, not quadratic.
    for (String key : symbols) {
      for (ExtractionRecord doc : withSymbol(key)) {
        candidates.putIfAbsent(doc.source(), doc);
      }
    }
    for (String type : types) {
      for (ExtractionRecord doc : unnumbered(type)) {
        candidates.putIfAbsent(doc.source(), doc.withCitations(List.of()));
      }
    }
    return CitationResolver.resolve(List.copyOf(candidates.values())).get(0);
  }

  /**
   * Resolves every document of {@code sources} on {@code threads} threads, writes those whose
   * citations changed and clears the pending mark of the rest; {@code perDocument} runs after each
   * (from any of the threads). Every document is resolved against the same snapshot, {@code
   * reader}, so the outcome does not depend on the order. Returns how many were rewritten.
   */
  static int refresh(
      DirectoryReader reader,
      List<String> sources,
      DocumentIndexer indexer,
      int threads,
      Runnable perDocument)
      throws IOException {
    AtomicInteger rewritten = new AtomicInteger();
    forEach(
        reader,
        sources,
        threads,
        (refresher, source) -> {
          if (refresher.refreshOne(source, indexer)) {
            rewritten.incrementAndGet();
          }
          perDocument.run();
        });
    return rewritten.get();
  }

  /** The resolution keys of the documents {@code sources}, read on {@code threads} threads. */
  static Set<String> keysOf(DirectoryReader reader, List<String> sources, int threads)
      throws IOException {
    Set<String> keys = java.util.concurrent.ConcurrentHashMap.newKeySet();
    forEach(
        reader,
        sources,
        threads,
        (refresher, source) ->
            refresher.load(source).ifPresent(d -> keys.addAll(keysOf(d.record().document()))));
    return new TreeSet<>(keys);
  }

  /** One step of a pass over documents, with the calling thread's own refresher. */
  @FunctionalInterface
  private interface Step {
    void apply(CitationRefresher refresher, String source) throws IOException;
  }

  /**
   * Runs {@code step} for every source on up to {@code threads} threads, each pulling the next
   * source and holding its own refresher (searcher, stored-field reader, cache) over {@code reader}.
   */
  private static void forEach(DirectoryReader reader, List<String> sources, int threads, Step step)
      throws IOException {
    AtomicInteger next = new AtomicInteger();
    Callable<Void> worker =
        () -> {
          CitationRefresher refresher = new CitationRefresher(reader);
          for (int i = next.getAndIncrement(); i < sources.size(); i = next.getAndIncrement()) {
            step.apply(refresher, sources.get(i));
          }
          return null;
        };
    int n = Math.max(1, Math.min(threads, sources.size()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            n,
            r -> {
              Thread t = new Thread(r, "vanban-resolve");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Void>> running = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        running.add(pool.submit(worker));
      }
      for (Future<Void> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** A worker's failure as the IOException the caller declares; errors and bugs as they are. */
  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof UncheckedIOException u) {
      return u.getCause();
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IOException(cause);
  }

  /** Resolves {@code source} again; true when its citations changed and it was rewritten. */
  private boolean refreshOne(String source, DocumentIndexer indexer) throws IOException {
    var indexed = load(source);
    if (indexed.isEmpty()) {
      return false;
    }
    ExtractionRecord before = indexed.get().record();
    ExtractionRecord after = resolve(before);
    if (!Objects.equals(after.citations(), before.citations())) {
      indexer.upsert(after, text(indexed.get()), indexed.get().stamp(), false);
      return true;
    }
    indexer.markResolved(source);
    return false;
  }

  /** Documents without a number-symbol whose type code is {@code type}: description targets. */
  private List<ExtractionRecord> unnumbered(String type) throws IOException {
    List<ExtractionRecord> cached = unnumberedByType.get(type);
    if (cached != null) {
      return cached;
    }
    Query q =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), Occur.MUST)
            .add(new TermQuery(new Term(IndexFields.TYPE_CODE, type)), Occur.SHOULD)
            .add(TermRangeQuery.newStringRange(IndexFields.SYMBOL, null, null, true, true), Occur.MUST_NOT)
            .build();
    List<ExtractionRecord> out = new ArrayList<>();
    for (ScoreDoc sd : all(q)) {
      ExtractionRecord doc = metadataOnly(sd.doc);
      DocumentMetadata m = doc.document();
      if (m != null && typeKey(m.typeCode(), m.type()).map(type::equals).orElse(true)) {
        out.add(doc);
      }
    }
    unnumberedByType.put(type, out);
    return out;
  }

  /** Every hit of {@code q} ({@link StoredRecords#allHits}). */
  private ScoreDoc[] all(Query q) throws IOException {
    return StoredRecords.allHits(searcher, q);
  }

  /** Whether index document {@code doc} still waits for its citations to be resolved. */
  private boolean isPending(int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    org.apache.lucene.index.NumericDocValues flags =
        leaf.reader().getNumericDocValues(DocumentIndexer.PENDING);
    return flags != null && flags.advanceExact(doc - leaf.docBase) && flags.longValue() == 1;
  }

  /** The source of index document {@code doc}, from the id's doc values (no stored block read). */
  private String sourceOf(int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.ID);
    if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has no id");
    }
    return ids.lookupOrd(ids.ordValue()).utf8ToString();
  }

  /** The documents whose own number-symbol key is {@code key}, without their citations. */
  private List<ExtractionRecord> withSymbol(String key) throws IOException {
    List<ExtractionRecord> cached = bySymbol.get(key);
    if (cached != null) {
      return cached;
    }
    List<ExtractionRecord> out = new ArrayList<>();
    for (ScoreDoc sd : all(new TermQuery(new Term(IndexFields.SYMBOL, key)))) {
      out.add(metadataOnly(sd.doc));
    }
    bySymbol.put(key, out);
    return out;
  }

  /** The part of a stored record a candidate lends the resolver, for indexes without {@link IndexFields#METADATA_RECORD}. */
  /**
   * What index document {@code doc} lends the resolver: its source and metadata, nothing else
   * ({@link DocumentIndexer#storedMetadata}).
   */
  private ExtractionRecord metadataOnly(int doc) throws IOException {
    return DocumentIndexer.storedMetadata(reader.storedFields(), doc);
  }

  /** The folded type code, from the code or else the type name. */
  private static java.util.Optional<String> typeKey(String typeCode, String type) {
    if (typeCode != null && !typeCode.isBlank()) {
      return java.util.Optional.of(IndexFields.keywordKey(typeCode));
    }
    if (type != null && !type.isBlank()) {
      return DocumentTypes.get()
          .byName(type)
          .map(DocumentTypes.DocumentType::code)
          .map(IndexFields::keywordKey);
    }
    return java.util.Optional.empty();
  }
}
