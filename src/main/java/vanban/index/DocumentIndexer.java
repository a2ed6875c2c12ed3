package vanban.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import vanban.crossref.CitationGraph;
import vanban.crossref.CitingSentences;
import vanban.crossref.Instrument;
import vanban.json.Json;
import vanban.lexicon.SymbolQuery;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;

/**
 * Writes extraction records into a Lucene index, one document per source file, replacing by
 * {@code source}.
 *
 * <p>Changes become visible to searchers, and survive a crash, at {@link #commit()}; what was
 * committed before stays whatever happens after. {@link #close()} commits.
 */
public final class DocumentIndexer implements Closeable {
  /** Stored, tokenized, positions and offsets in postings for the UnifiedHighlighter. */
  private static final FieldType STORED_TEXT = textType(true);
  /** The same, not stored: the folded field highlights through the stored exact one. */
  private static final FieldType INDEXED_TEXT = textType(false);
  /** Syllable pairs: terms and their frequencies only, all a bonus clause and a pair count need. */
  private static final FieldType PAIRS = pairsType();

  /**
   * Doc-values flag: 1 while a document's citations still wait to be resolved against the corpus
   * (set by the batch job at ingestion, cleared once resolved).
   */
  public static final String PENDING = "pending_resolution";

  private final Directory directory;
  private final IndexWriter writer;
  private final FacetsConfig facets = IndexFields.facetsConfig();

  private DocumentIndexer(Directory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /**
   * Opens the index in {@code dir} for writing, creating the directory and an empty index when
   * missing; fails when another writer holds the index.
   */
  public static DocumentIndexer open(Path dir) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      IndexWriter writer = new IndexWriter(directory, config);
      if (!DirectoryReader.indexExists(directory)) {
        // An empty commit, so a searcher can open the index before anything is added.
        writer.commit();
      }
      return new DocumentIndexer(directory, writer);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Adds the document of {@code record}, or replaces the one with the same {@code source}.
   *
   * @param normalizedText the normalized text the record's spans point into
   * @param stamp the source file's stamp, or null when the record does not come from a file
   */
  public void upsert(ExtractionRecord record, String normalizedText, FileStamp stamp)
      throws IOException {
    Objects.requireNonNull(record.source(), "record.source");
    writer.updateDocument(new Term(IndexFields.ID, record.source()), document(record, normalizedText, stamp));
  }

  /**
   * Like {@link #upsert(ExtractionRecord, String, FileStamp)}, and when {@code pendingResolution}
   * marks the document as waiting for its citations to be resolved ({@link #PENDING}), so a run
   * killed before resolving finds it again ({@link #pendingSources}).
   */
  public void upsert(
      ExtractionRecord record, String normalizedText, FileStamp stamp, boolean pendingResolution)
      throws IOException {
    Objects.requireNonNull(record.source(), "record.source");
    Document doc = document(record, normalizedText, stamp);
    doc.add(new NumericDocValuesField(PENDING, pendingResolution ? 1 : 0));
    writer.updateDocument(new Term(IndexFields.ID, record.source()), doc);
  }

  /** Clears the pending-resolution mark of {@code source} without re-indexing it. */
  public void markResolved(String source) throws IOException {
    writer.updateNumericDocValue(new Term(IndexFields.ID, source), PENDING, 0);
  }

  /** Sources marked pending resolution in {@code reader}. */
  public static java.util.List<String> pendingSources(DirectoryReader reader) throws IOException {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      org.apache.lucene.index.NumericDocValues values = leaf.reader().getNumericDocValues(PENDING);
      if (values == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      // The id's doc values, not its stored field: a stored field decompresses a whole block.
      SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.ID);
      for (int doc = values.nextDoc();
          doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (values.longValue() == 1 && (live == null || live.get(doc)) && ids.advanceExact(doc)) {
          out.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
        }
      }
    }
    return out;
  }

  /** A near-real-time reader of everything written so far, committed or not. */
  public DirectoryReader openReader() throws IOException {
    return DirectoryReader.open(writer);
  }

  /**
   * The user data this writer will commit next: the last commit's when the writer was opened,
   * then whatever was committed since. Read from the writer, not by opening the index again.
   */
  public Map<String, String> liveCommitData() {
    Map<String, String> data = new TreeMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  /** The user data of the last commit (empty when none was given). */
  public Map<String, String> commitData() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return Map.copyOf(reader.getIndexCommit().getUserData());
    }
  }

  /**
   * Commits with {@code userData} recorded in the commit point, so a later run knows what work
   * the commit left unfinished.
   */
  public void commit(Map<String, String> userData) throws IOException {
    writer.setLiveCommitData(new TreeMap<>(userData).entrySet());
    writer.commit();
  }

  /** Removes the document of {@code source}, if any. */
  public void delete(String source) throws IOException {
    writer.deleteDocuments(new Term(IndexFields.ID, source));
  }

  /** Makes every change so far durable and visible to searchers opened afterwards. */
  public void commit() throws IOException {
    writer.commit();
  }

  /**
   * The stamp of every document in the last commit that has one, by {@code source}. Read
   * from doc values, so it costs a few bytes per document, not a pass over stored texts.
   */
  public Map<String, FileStamp> stamps() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return stamps(reader);
    }
  }

  /**
   * The stamps of the documents {@code reader} sees, by {@code source}, in no particular order: a
   * run over a large corpus looks up every file here, and a hash map is the cheap way to do it.
   */
  public static Map<String, FileStamp> stamps(DirectoryReader reader) throws IOException {
    Map<String, FileStamp> stamps = new java.util.HashMap<>(reader.numDocs() * 2);
    for (LeafReaderContext leaf : reader.leaves()) {
      org.apache.lucene.index.LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      org.apache.lucene.index.SortedDocValues ids = r.getSortedDocValues(IndexFields.ID);
      org.apache.lucene.index.NumericDocValues sizes = r.getNumericDocValues(IndexFields.STAMP_SIZE);
      org.apache.lucene.index.NumericDocValues mtimes = r.getNumericDocValues(IndexFields.STAMP_MTIME);
      org.apache.lucene.index.SortedDocValues hashes = r.getSortedDocValues(IndexFields.STAMP_SHA256);
      if (ids == null || sizes == null || mtimes == null) {
        continue;
      }
      // Sorted doc values keep their terms in LZ4 blocks: looking each one up by ordinal would
      // decompress a block per document, so every term is read once, in order, up front.
      String[] idByOrd = terms(ids);
      String[] hashByOrd = hashes == null ? new String[0] : terms(hashes);
      for (int doc = sizes.nextDoc();
          doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
          doc = sizes.nextDoc()) {
        if (live != null && !live.get(doc) || !ids.advanceExact(doc) || !mtimes.advanceExact(doc)) {
          continue;
        }
        String sha = hashes != null && hashes.advanceExact(doc) ? hashByOrd[hashes.ordValue()] : null;
        stamps.put(idByOrd[ids.ordValue()], new FileStamp(sizes.longValue(), mtimes.longValue(), sha));
      }
    }
    return stamps;
  }

  /**
   * The stamps of the documents {@code reader} sees whose source is one of {@code paths} or lies
   * below one of them (a folder): term lookups, so the cost follows the paths, not the index.
   */
  public static Map<String, FileStamp> stamps(
      DirectoryReader reader, java.util.Collection<String> paths) throws IOException {
    Map<String, FileStamp> stamps = new java.util.HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      org.apache.lucene.index.LeafReader r = leaf.reader();
      org.apache.lucene.index.Terms terms = r.terms(IndexFields.ID);
      if (terms == null) {
        continue;
      }
      org.apache.lucene.index.TermsEnum te = terms.iterator();
      for (String path : paths) {
        if (te.seekExact(new BytesRef(path))) {
          stampOf(r, te, stamps);
        }
        String prefix = path.endsWith("/") ? path : path + "/";
        if (te.seekCeil(new BytesRef(prefix)) == org.apache.lucene.index.TermsEnum.SeekStatus.END) {
          continue;
        }
        do {
          if (!te.term().utf8ToString().startsWith(prefix)) {
            break;
          }
          stampOf(r, te, stamps);
        } while (te.next() != null);
      }
    }
    return stamps;
  }

  /** Records the stamp of the live document whose id {@code te} is on. */
  private static void stampOf(
      org.apache.lucene.index.LeafReader r,
      org.apache.lucene.index.TermsEnum te,
      Map<String, FileStamp> stamps)
      throws IOException {
    String source = te.term().utf8ToString();
    Bits live = r.getLiveDocs();
    org.apache.lucene.index.PostingsEnum docs =
        te.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
    for (int doc = docs.nextDoc();
        doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
        doc = docs.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      org.apache.lucene.index.NumericDocValues sizes = r.getNumericDocValues(IndexFields.STAMP_SIZE);
      org.apache.lucene.index.NumericDocValues mtimes =
          r.getNumericDocValues(IndexFields.STAMP_MTIME);
      org.apache.lucene.index.SortedDocValues hashes =
          r.getSortedDocValues(IndexFields.STAMP_SHA256);
      if (sizes == null || mtimes == null || !sizes.advanceExact(doc) || !mtimes.advanceExact(doc)) {
        continue;
      }
      String sha =
          hashes != null && hashes.advanceExact(doc)
              ? hashes.lookupOrd(hashes.ordValue()).utf8ToString()
              : null;
      stamps.put(source, new FileStamp(sizes.longValue(), mtimes.longValue(), sha));
    }
  }

  /** Every term of {@code values}, by ordinal, read in one sequential pass. */
  private static String[] terms(org.apache.lucene.index.SortedDocValues values) throws IOException {
    String[] out = new String[values.getValueCount()];
    org.apache.lucene.index.TermsEnum te = values.termsEnum();
    for (int ord = 0; te.next() != null; ord++) {
      out[ord] = te.term().utf8ToString();
    }
    return out;
  }

  /** Commits and releases the index. */
  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }

  private Document document(ExtractionRecord record, String text, FileStamp stamp)
      throws IOException {
    return facets.build(fields(record, text, stamp));
  }

  /**
   * The fields of the document of {@code record}, before the facet fields are translated into
   * their index form: what every backend stores for a record (SolrCloud sends these values).
   *
   * @param text the normalized text the record's spans point into, or null
   * @param stamp the source file's stamp, or null
   */
  public static Document fields(ExtractionRecord record, String text, FileStamp stamp) {
    Objects.requireNonNull(record.source(), "record.source");
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, record.source(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(record.source())));
    doc.add(new StoredField(IndexFields.RECORD, Json.compact(record)));
    doc.add(new StoredField(IndexFields.METADATA_RECORD, Json.compact(metadataOnly(record))));
    String body = text == null ? "" : text;
    doc.add(new Field(IndexFields.TEXT, body, STORED_TEXT));
    if (!record.citations().isEmpty()) {
      doc.add(
          new StoredField(
              IndexFields.CITING_SENTENCES,
              CitingSentences.encode(CitingSentences.of(record.citations(), body))));
      doc.add(
          new StoredField(
              IndexFields.CITATION_RECORD,
              Json.compact(metadataOnly(record).withCitations(record.citations()))));
    }
    doc.add(new Field(IndexFields.TEXT_FOLDED, body, INDEXED_TEXT));
    doc.add(new Field(IndexFields.TEXT_BIGRAMS, body, PAIRS));

    DocumentMetadata meta = record.document() == null ? DocumentMetadata.empty() : record.document();
    // What the document is about: its subject line, or where the header did not parse, the opening
    // of its text, where title and subject stand; so every document has one, not only well-formed ones.
    String about = present(meta.subject()) ? meta.subject() : IndexFields.lead(body);
    if (present(about)) {
      doc.add(new TextField(IndexFields.SUBJECT, about, Field.Store.NO));
      doc.add(new TextField(IndexFields.SUBJECT_FOLDED, about, Field.Store.NO));
    }
    if (present(meta.province())) {
      for (String key : IndexFields.provinceKeys(meta.province())) {
        doc.add(new StringField(IndexFields.PROVINCE, key, Field.Store.NO));
      }
      doc.add(
          new SortedSetDocValuesFacetField(
              IndexFields.FACET_PROVINCE, IndexFields.provinceLabel(meta.province())));
    }
    keyword(doc, IndexFields.TYPE, IndexFields.FACET_TYPE, meta.type());
    keyword(doc, IndexFields.ISSUER, IndexFields.FACET_ISSUER, meta.issuer());
    if (present(meta.typeCode())) {
      doc.add(
          new StringField(
              IndexFields.TYPE_CODE, IndexFields.keywordKey(meta.typeCode()), Field.Store.NO));
    }
    if (meta.date() != null) {
      String year = Integer.toString(meta.date().getYear());
      doc.add(new StringField(IndexFields.YEAR, year, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_YEAR, year));
    }
    LocalDate when = meta.date() != null ? meta.date() : meta.dateNotBefore();
    if (when != null) {
      doc.add(new LongPoint(IndexFields.DATE, when.toEpochDay()));
      doc.add(new NumericDocValuesField(IndexFields.DATE, when.toEpochDay()));
    }
    IndexFields.symbolKey(meta.symbol())
        .ifPresent(key -> doc.add(new StringField(IndexFields.SYMBOL, key, Field.Store.NO)));
    TreeSet<String> cited = new TreeSet<>();
    TreeSet<String> instruments = new TreeSet<>();
    IndexFields.instrumentKey(meta.typeCode(), meta.number())
        .or(() -> IndexFields.instrumentKey(meta.symbol()))
        .ifPresent(instruments::add);
    for (Citation citation : record.citations()) {
      IndexFields.symbolKey(citation.symbol()).ifPresent(cited::add);
      IndexFields.instrumentKey(citation.typeCode(), citation.number())
          .or(() -> IndexFields.instrumentKey(citation.symbol()))
          .ifPresent(instruments::add);
    }
    for (String key : cited) {
      doc.add(new StringField(IndexFields.CITES, key, Field.Store.NO));
    }
    for (String key : instruments) {
      doc.add(new StringField(IndexFields.INSTRUMENT, key, Field.Store.NO));
    }
    TreeSet<String> names = new TreeSet<>();
    for (Citation citation : record.citations()) {
      if (citation.symbol() == null) {
        SymbolQuery.nameKey(citation.name()).ifPresent(names::add);
      }
    }
    for (String key : names) {
      doc.add(new StringField(IndexFields.CITES_NAME, key, Field.Store.NO));
    }
    TreeSet<String> amendments = new TreeSet<>();
    TreeSet<String> citedAs = new TreeSet<>();
    for (Citation citation : record.citations()) {
      IndexFields.symbolKey(citation.symbol())
          .ifPresent(
              k ->
                  citedAs.add(
                      k
                          + "|"
                          + Instrument.scopeKey(citation.scope())
                          + "|"
                          + (citation.year() == null ? "" : citation.year())));
      if (citation.relation() != null && CitationGraph.AMENDING.contains(citation.relation())) {
        IndexFields.symbolKey(citation.relationTarget())
            .flatMap(
                target ->
                    IndexFields.symbolKey(citation.symbol()).map(amender -> target + "|" + amender))
            .ifPresent(amendments::add);
      }
    }
    for (String key : amendments) {
      doc.add(new StringField(IndexFields.AMENDMENT, key, Field.Store.NO));
    }
    for (String key : citedAs) {
      doc.add(new StringField(IndexFields.CITED_AS, key, Field.Store.NO));
    }
    if (stamp != null) {
      // Stored for reading one document back, doc values for reading every stamp cheaply.
      doc.add(new StoredField(IndexFields.STAMP_SIZE, stamp.size()));
      doc.add(new NumericDocValuesField(IndexFields.STAMP_SIZE, stamp.size()));
      doc.add(new StoredField(IndexFields.STAMP_MTIME, stamp.mtimeMillis()));
      doc.add(new NumericDocValuesField(IndexFields.STAMP_MTIME, stamp.mtimeMillis()));
      if (stamp.sha256() != null) {
        doc.add(new StoredField(IndexFields.STAMP_SHA256, stamp.sha256()));
        doc.add(new SortedDocValuesField(IndexFields.STAMP_SHA256, new BytesRef(stamp.sha256())));
      }
    }
    return doc;
  }

  private static void keyword(Document doc, String field, String dimension, String value) {
    if (!present(value)) {
      return;
    }
    String key = IndexFields.keywordKey(value);
    if (!key.isEmpty()) {
      doc.add(new StringField(field, key, Field.Store.NO));
    }
    String label = IndexFields.facetLabel(value);
    if (!label.isEmpty()) {
      doc.add(new SortedSetDocValuesFacetField(dimension, label));
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static FieldType pairsType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(false);
    t.setOmitNorms(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** {@code record} cut to source, hash, metadata and language ({@link IndexFields#METADATA_RECORD}). */
  public static ExtractionRecord metadataOnly(ExtractionRecord record) {
    return metadataOnly(record.source(), record.sha256(), record.document(), record.language());
  }

  private static ExtractionRecord metadataOnly(
      String source, String sha256, DocumentMetadata document, String language) {
    return new ExtractionRecord(
        source, sha256, document, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        language);
  }

  /** The part of a stored record {@link #storedMetadata} reads from an index without the small one. */
  private record Head(String source, String sha256, DocumentMetadata document, String language) {}

  private static final Set<String> METADATA_FIELD = Set.of(IndexFields.METADATA_RECORD);
  private static final Set<String> RECORD_FIELD = Set.of(IndexFields.RECORD);

  /**
   * Index document {@code doc}'s source, hash, metadata and language, as {@link #metadataOnly}
   * cuts them: the small stored {@link IndexFields#METADATA_RECORD}, or in an index written before
   * that field, the whole record read as its head (the rest of the JSON is skipped, not built). A
   * hit list and the citation resolver need nothing more, and the resolver reads thousands.
   */
  public static ExtractionRecord storedMetadata(StoredFields stored, int doc) throws IOException {
    String small = stored.document(doc, METADATA_FIELD).get(IndexFields.METADATA_RECORD);
    if (small != null) {
      return Json.read(small, ExtractionRecord.class);
    }
    Head h = Json.read(stored.document(doc, RECORD_FIELD).get(IndexFields.RECORD), Head.class);
    return metadataOnly(h.source(), h.sha256(), h.document(), h.language());
  }
}
