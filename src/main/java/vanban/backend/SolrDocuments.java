package vanban.backend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import vanban.index.DocumentIndexer;
import vanban.index.FileStamp;
import vanban.index.IndexFields;
import vanban.model.ExtractionRecord;

/**
 * Turns a record into the Solr document of the {@code vanban} configset: the fields {@link
 * DocumentIndexer#fields} gives the local index, by name, so both backends hold the same values.
 *
 * <p>Dropped because the schema fills them: the folded twins ({@code copyField}), the second
 * Lucene forms of the id, the date and the stamps (doc values, points: one Solr field is all
 * forms). A facet value goes
 * to {@code facet_DIMENSION}.
 */
final class SolrDocuments {
  /** Filled by the schema's copyFields from {@code text} and {@code subject}. */
  private static final Set<String> COPIED =
      Set.of(
          IndexFields.TEXT_FOLDED,
          IndexFields.TEXT_BIGRAMS,
          IndexFields.SUBJECT_FOLDED);

  /** The prefix of the facet fields: {@code facet_province}. */
  static final String FACET_PREFIX = "facet_";

  private SolrDocuments() {}

  /** The Solr document of {@code record}: field → value, or list of values when repeated. */
  static Map<String, Object> of(ExtractionRecord record, String text, FileStamp stamp) {
    Document doc = DocumentIndexer.fields(record, text, stamp);
    Map<String, List<Object>> values = new LinkedHashMap<>();
    for (IndexableField field : doc) {
      if (field instanceof SortedSetDocValuesFacetField facet) {
        values.computeIfAbsent(FACET_PREFIX + facet.dim, k -> new ArrayList<>()).add(facet.label);
        continue;
      }
      if (field instanceof SortedDocValuesField
          || field instanceof LongPoint
          || field instanceof NumericDocValuesField && hasOtherForm(doc, field)
          || COPIED.contains(field.name())) {
        continue;
      }
      Object value =
          field instanceof NumericDocValuesField || field.numericValue() != null
              ? (Object) field.numericValue().longValue()
              : field.stringValue();
      values.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(value);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((name, list) -> out.put(name, list.size() == 1 ? list.get(0) : list));
    return out;
  }

  /**
   * Whether {@code doc} holds {@code docValues}'s value in another form too (a stamp is stored and
   * has doc values): the stored form goes to Solr, once.
   */
  private static boolean hasOtherForm(Document doc, IndexableField docValues) {
    for (IndexableField other : doc.getFields(docValues.name())) {
      if (!(other instanceof NumericDocValuesField) && !(other instanceof LongPoint)) {
        return true;
      }
    }
    return false;
  }
}
