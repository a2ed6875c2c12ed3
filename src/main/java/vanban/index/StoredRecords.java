package vanban.index;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import vanban.json.Json;
import vanban.model.ExtractionRecord;

/**
 * Reading documents back out of a local index, written once for the searcher and the indexing
 * run: every hit of a query, the index document of a source, the extraction record stored with a
 * document.
 */
public final class StoredRecords {
  private static final Set<String> RECORD_FIELD = Set.of(IndexFields.RECORD);

  private StoredRecords() {}

  /**
   * Every hit of {@code query}, in index order. Counted first: asking for {@code maxDoc} hits would
   * allocate a priority queue the size of the index for every lookup.
   */
  public static ScoreDoc[] allHits(IndexSearcher searcher, Query query) throws IOException {
    int n = searcher.count(query);
    return n == 0 ? new ScoreDoc[0] : searcher.search(query, n).scoreDocs;
  }

  /** The index document holding {@code source}, if the index has it. */
  public static Optional<Integer> docOf(IndexSearcher searcher, String source) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, source)), 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(top.scoreDocs[0].doc);
  }

  /** The extraction record stored with index document {@code doc}. */
  public static ExtractionRecord record(StoredFields stored, int doc) throws IOException {
    return Json.read(stored.document(doc, RECORD_FIELD).get(IndexFields.RECORD), ExtractionRecord.class);
  }
}
