package vanban.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import vanban.index.DocumentIndexer;
import vanban.index.IndexFields;
import vanban.model.ExtractionRecord;
import vanban.model.Snippet;

/**
 * Gives the snippets {@link DocumentSearcher} would give for texts that come from elsewhere (a
 * remote index's stored text and record), by highlighting them in a small in-memory index holding
 * the same documents ({@link DocumentIndexer#fields}) with the same highlighter.
 *
 * <p>The highlighter reads only the matched document's own postings (passages are scored by their
 * term frequencies and length, not by corpus statistics), so a snippet does not depend on which
 * other documents share the index.
 */
public final class TextHighlighter {
  private TextHighlighter() {}

  /**
   * One snippet per document, in order: the best passage of its text matching {@code query}, or the
   * text's first sentence when no passage matches (as {@link DocumentSearcher#search} does).
   *
   * @param records the documents' records: every field of the document is rebuilt from it, so a
   *     query that also needs other fields (a filter, a subject-only word) matches as in the index
   * @param texts their normalized texts, in the same order
   */
  public static List<Snippet> snippets(
      Query query, List<ExtractionRecord> records, List<String> texts) throws IOException {
    if (records.size() != texts.size()) {
      throw new IllegalArgumentException(records.size() + " records, " + texts.size() + " texts");
    }
    if (texts.isEmpty()) {
      return List.of();
    }
    Analyzer analyzer = IndexFields.analyzer();
    FacetsConfig facets = IndexFields.facetsConfig();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (int i = 0; i < texts.size(); i++) {
          writer.addDocument(
              facets.build(DocumentIndexer.fields(records.get(i), texts.get(i), null)));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        // One segment, written in order: document i is records.get(i).
        int[] docIds = new int[texts.size()];
        for (int i = 0; i < docIds.length; i++) {
          docIds[i] = i;
        }
        Object[] found =
            new DocumentSearcher.SnippetHighlighter(new IndexSearcher(reader), analyzer)
                .snippets(query, docIds);
        List<Snippet> out = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
          String text = texts.get(i) == null ? "" : texts.get(i);
          out.add(found[i] instanceof Snippet s ? s : SnippetFormatter.firstSentence(text));
        }
        return out;
      }
    }
  }
}
