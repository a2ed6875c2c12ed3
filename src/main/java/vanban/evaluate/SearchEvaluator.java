package vanban.evaluate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vanban.index.DocumentIndexer;
import vanban.index.FileStamp;
import vanban.normalize.VietnameseNormalizer;
import vanban.pipeline.ProcessedDocument;
import vanban.search.DiacriticRestorer;
import vanban.search.DocumentSearcher;
import vanban.search.SearchHit;
import vanban.search.SearchRequest;

/**
 * Runs judged queries against vanban's ranking and against plain Lucene built from the same
 * documents, as typed and with their diacritics stripped, and scores both (issue #13).
 *
 * <p>vanban's side is a real index written by {@link DocumentIndexer} in a temporary folder and
 * searched by {@link DocumentSearcher}, as {@code vanban search} does. The baseline is what a
 * developer gets from Lucene out of the box: the same normalized text in one field analysed by
 * {@link StandardAnalyzer}, BM25, the query through the classic {@link QueryParser} with its
 * default OR.
 */
public final class SearchEvaluator implements Closeable {
  /** Hits scored per query. */
  public static final int K = 10;

  private static final String ID = "id";
  private static final String BODY = "body";

  private final Path work;
  private final DocumentSearcher vanban;
  private final DirectoryReader restorerReader;
  private final Directory plainDir;
  private final DirectoryReader plainReader;
  private final IndexSearcher plain;

  /** The two systems' ranked file names for one query written one way. */
  public record Rankings(List<String> vanban, List<String> plain) {}

  /** nDCG@10 and MRR@10 of each system, as typed and without diacritics: one query's or a mean. */
  public record Figures(
      double vanbanNdcg,
      double vanbanRr,
      double plainNdcg,
      double plainRr,
      double vanbanNdcgStripped,
      double vanbanRrStripped,
      double plainNdcgStripped,
      double plainRrStripped) {

    double[] values() {
      return new double[] {
        vanbanNdcg, vanbanRr, plainNdcg, plainRr, vanbanNdcgStripped, vanbanRrStripped,
        plainNdcgStripped, plainRrStripped
      };
    }
  }

  /** One query run both ways, with its figures. */
  public record QueryResult(JudgedQuery query, String stripped, Rankings typed, Rankings unaccented, Figures figures) {}

  private SearchEvaluator(Path work, DocumentSearcher vanban, Directory plainDir) throws IOException {
    this.work = work;
    this.vanban = vanban;
    this.restorerReader = DirectoryReader.open(FSDirectory.open(work));
    this.plainDir = plainDir;
    this.plainReader = DirectoryReader.open(plainDir);
    this.plain = new IndexSearcher(plainReader);
  }

  /** Indexes {@code documents} by name both ways; the vanban index goes in a temporary folder. */
  public static SearchEvaluator build(Map<String, ProcessedDocument> documents) throws IOException {
    Path work = Files.createTempDirectory("vanban-evaluate-search");
    try (DocumentIndexer indexer = DocumentIndexer.open(work)) {
      for (ProcessedDocument d : documents.values()) {
        indexer.upsert(d.record(), d.text().text(), new FileStamp(0, 0, d.record().sha256()));
      }
      indexer.commit();
    }
    Directory plainDir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(plainDir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (ProcessedDocument d : documents.values()) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.record().source(), Field.Store.YES));
        doc.add(new TextField(BODY, d.text().text(), Field.Store.NO));
        w.addDocument(doc);
      }
    }
    return new SearchEvaluator(work, DocumentSearcher.open(work), plainDir);
  }

  /** Every query of {@code queries} run and scored, in order. */
  public List<QueryResult> run(Collection<JudgedQuery> queries) throws IOException {
    List<QueryResult> out = new ArrayList<>();
    for (JudgedQuery q : queries) {
      String stripped = VietnameseNormalizer.stripDiacritics(q.query());
      Rankings typed = rank(q.query());
      Rankings unaccented = rank(stripped);
      out.add(
          new QueryResult(
              q,
              stripped,
              typed,
              unaccented,
              new Figures(
                  RankingMetrics.ndcg(typed.vanban(), q, K),
                  RankingMetrics.reciprocalRank(typed.vanban(), q, K),
                  RankingMetrics.ndcg(typed.plain(), q, K),
                  RankingMetrics.reciprocalRank(typed.plain(), q, K),
                  RankingMetrics.ndcg(unaccented.vanban(), q, K),
                  RankingMetrics.reciprocalRank(unaccented.vanban(), q, K),
                  RankingMetrics.ndcg(unaccented.plain(), q, K),
                  RankingMetrics.reciprocalRank(unaccented.plain(), q, K))));
    }
    return out;
  }

  /**
   * How well diacritics are restored from this corpus's own statistics: sentences of {@code
   * documents} (at most {@code maxSentences}, taken evenly), stripped of their diacritics and
   * restored by {@link DiacriticRestorer}, compared syllable by syllable with the original.
   * Sentences of at least four words where most words carry a diacritic are used: OCR debris and
   * foreign text say nothing of restoring Vietnamese. Abbreviations in capitals are left out, as
   * the restorer keeps them as typed.
   *
   * @param sentences sentences restored
   * @param syllables their syllables
   * @param right syllables restored to the original
   */
  public record Restoration(int sentences, long syllables, long right) {
    public double accuracy() {
      return syllables == 0 ? 0 : (double) right / syllables;
    }
  }

  /** See {@link Restoration}. */
  public Restoration restoration(Collection<ProcessedDocument> documents, int maxSentences) {
    List<List<String>> sentences = new ArrayList<>();
    for (ProcessedDocument d : documents) {
      for (String sentence : SENTENCE_END.split(d.text().text())) {
        List<String> words = new ArrayList<>();
        int accented = 0;
        for (String w : SPACES.split(sentence.strip())) {
          String word = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
          if (!LETTERS.matcher(word).matches() || DiacriticRestorer.isAbbreviation(word)) {
            continue;
          }
          String lower = VietnameseNormalizer.foldTonePlacement(word.toLowerCase(Locale.ROOT));
          words.add(lower);
          if (VietnameseNormalizer.hasDiacritics(lower)) {
            accented++;
          }
        }
        if (words.size() >= 4 && accented * 2 >= words.size()) {
          sentences.add(words);
        }
      }
    }
    int step = Math.max(1, sentences.size() / Math.max(1, maxSentences));
    DiacriticRestorer restorer = new DiacriticRestorer(restorerReader);
    int used = 0;
    long syllables = 0;
    long right = 0;
    for (int i = 0; i < sentences.size() && used < maxSentences; i += step) {
      List<String> original = sentences.get(i);
      String stripped = VietnameseNormalizer.stripDiacritics(String.join(" ", original));
      String[] restored = restorer.restore(stripped).orElse(stripped).split(" ");
      used++;
      for (int k = 0; k < original.size(); k++) {
        syllables++;
        if (k < restored.length && restored[k].equals(original.get(k))) {
          right++;
        }
      }
    }
    return new Restoration(used, syllables, right);
  }

  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.;:!?\\n]+");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}+");

  /** Both systems' top {@link #K} file names for {@code query} as written. */
  public Rankings rank(String query) throws IOException {
    List<String> v = new ArrayList<>();
    for (SearchHit hit : vanban.search(SearchRequest.of(query)).hits()) {
      v.add(Evaluator.fileName(hit.source()));
    }
    List<String> p = new ArrayList<>();
    try {
      QueryParser parser = new QueryParser(BODY, new StandardAnalyzer());
      for (ScoreDoc sd : plain.search(parser.parse(QueryParser.escape(query)), K).scoreDocs) {
        p.add(Evaluator.fileName(plain.storedFields().document(sd.doc).get(ID)));
      }
    } catch (ParseException e) {
      // An escaped query always parses; a query of stop words alone is nothing to search.
    }
    return new Rankings(List.copyOf(v), List.copyOf(p));
  }

  @Override
  public void close() throws IOException {
    vanban.close();
    restorerReader.close();
    plainReader.close();
    plainDir.close();
    try (Stream<Path> files = Files.walk(work)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The mean of each figure over {@code queries} queries. */
  public record Means(int queries, Figures figures) {

    /** The means over {@code results}; all zero when there are none. */
    public static Means of(List<QueryResult> results) {
      double[] sum = new double[8];
      for (QueryResult r : results) {
        double[] v = r.figures().values();
        for (int i = 0; i < sum.length; i++) {
          sum[i] += v[i];
        }
      }
      double d = Math.max(1, results.size());
      return new Means(
          results.size(),
          new Figures(
              sum[0] / d, sum[1] / d, sum[2] / d, sum[3] / d, sum[4] / d, sum[5] / d, sum[6] / d,
              sum[7] / d));
    }
  }

  /** The results grouped as the report prints them: tune, held out, all. */
  public static Map<String, Means> bySet(List<QueryResult> results) {
    Map<String, Means> out = new LinkedHashMap<>();
    out.put(JudgedQuery.TUNE, Means.of(results.stream().filter(r -> r.query().set().equals(JudgedQuery.TUNE)).toList()));
    out.put(JudgedQuery.HELD_OUT, Means.of(results.stream().filter(r -> r.query().set().equals(JudgedQuery.HELD_OUT)).toList()));
    out.put("all", Means.of(results));
    return out;
  }
}
