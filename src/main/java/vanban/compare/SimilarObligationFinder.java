package vanban.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import vanban.index.VietnameseFoldingAnalyzer;
import vanban.model.ExtractionRecord;

/**
 * Finds obligations of different provinces that say much the same thing ({@code Sử dụng rượu, bia …
 * trong giờ làm việc} in Hà Tĩnh, {@code không sử dụng đồ uống có cồn … rượu, bia trong giờ hành
 * chính} in Bắc Ninh).
 *
 * <p>The obligation texts go into an in-memory Lucene index analysed by {@link
 * VietnameseFoldingAnalyzer} (so {@code hoá}/{@code hóa} and missing accents do not matter) into
 * syllable pairs (Vietnamese words are mostly two syllables: {@code kỷ luật}, {@code rượu bia});
 * each text's {@link MoreLikeThis} query finds its neighbours. A pair's score is the neighbour's
 * score divided by the text's score against itself, so 1 is "as similar as the text is to itself";
 * the better of the two directions is kept. Deterministic for the same records.
 */
public final class SimilarObligationFinder {
  /**
   * Two obligations of different provinces and how alike they are, {@code first} before {@code
   * second} in record order.
   */
  public record SimilarPair(SourcedObligation first, SourcedObligation second, double score) {}

  private static final String TEXT = "text";
  private static final String ID = "id";

  /** Neighbours looked at per obligation: enough for five provinces' near-duplicates. */
  private static final int NEIGHBOURS = 25;

  private final double minScore;

  /**
   * @param minScore pairs scoring below this are left out (0.3 keeps paraphrases, drops shared
   *     boilerplate)
   */
  public SimilarObligationFinder(double minScore) {
    this.minScore = minScore;
  }

  /** The similar pairs of {@code records}, best first; ties in record order. */
  public List<SimilarPair> find(List<ExtractionRecord> records) {
    List<SourcedObligation> all = SourcedObligation.of(records);
    if (all.size() < 2) {
      return List.of();
    }
    // Syllable pairs, not syllables: "rượu bia", "giờ hành" carry meaning, "bia" or "hành" alone do
    // not.
    try (Analyzer analyzer =
            new ShingleAnalyzerWrapper(
                new VietnameseFoldingAnalyzer(), 2, 2, " ", false, false, "_");
        ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      FieldType withVectors = new FieldType();
      withVectors.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
      withVectors.setTokenized(true);
      withVectors.setStoreTermVectors(true);
      withVectors.freeze();
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (int i = 0; i < all.size(); i++) {
          Document doc = new Document();
          doc.add(new StoredField(ID, i));
          doc.add(new Field(TEXT, all.get(i).obligation().text(), withVectors));
          writer.addDocument(doc);
        }
        writer.forceMerge(1); // one segment: doc ids are insertion order
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(40);
        Map<Long, Double> best = new HashMap<>();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          Query like = mlt.like(doc);
          ScoreDoc[] hits = searcher.search(like, NEIGHBOURS + 1).scoreDocs;
          double self = 0;
          for (ScoreDoc h : hits) {
            if (h.doc == doc) {
              self = h.score;
            }
          }
          if (self <= 0) {
            self = searcher.explain(like, doc).getValue().doubleValue();
          }
          if (self <= 0) {
            continue;
          }
          for (ScoreDoc h : hits) {
            if (h.doc == doc || !differentProvinces(all.get(doc), all.get(h.doc))) {
              continue;
            }
            double score = Math.min(1.0, h.score / self);
            long key = key(Math.min(doc, h.doc), Math.max(doc, h.doc), all.size());
            best.merge(key, score, Math::max);
          }
        }
        List<SimilarPair> out = new ArrayList<>();
        for (Map.Entry<Long, Double> e : best.entrySet()) {
          double score = Math.round(e.getValue() * 1000) / 1000.0;
          if (score >= minScore) {
            int a = (int) (e.getKey() / all.size());
            int b = (int) (e.getKey() % all.size());
            out.add(new SimilarPair(all.get(a), all.get(b), score));
          }
        }
        Map<SourcedObligation, Integer> order = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
          order.put(all.get(i), i);
        }
        out.sort(
            Comparator.comparingDouble(SimilarPair::score)
                .reversed()
                .thenComparing(p -> order.get(p.first()))
                .thenComparing(p -> order.get(p.second())));
        return out;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "in-memory index failed", e); // a bug: memory cannot fail to write
    }
  }

  private static long key(int a, int b, int n) {
    return (long) a * n + b;
  }

  private static boolean differentProvinces(SourcedObligation a, SourcedObligation b) {
    return a.province() != null && b.province() != null && !a.province().equals(b.province());
  }
}
