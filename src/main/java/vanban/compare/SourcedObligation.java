package vanban.compare;

import java.util.ArrayList;
import java.util.List;
import vanban.model.ExtractionRecord;
import vanban.model.Obligation;

/**
 * One obligation with the document it comes from.
 *
 * @param province the issuing province, null for national issuers or when unknown
 * @param source the record's {@code source}
 * @param symbol the document's number-symbol, null when it has none
 * @param date the document's date (or its {@code dateNotBefore}) as ISO, null when unknown
 * @param index the obligation's position in its record, which with {@code source} identifies it
 * @param obligation the obligation itself
 */
public record SourcedObligation(
    String province, String source, String symbol, String date, int index, Obligation obligation) {

  /** Every obligation of {@code records}, record by record, in text order. */
  public static List<SourcedObligation> of(List<ExtractionRecord> records) {
    List<SourcedObligation> out = new ArrayList<>();
    for (ExtractionRecord r : records) {
      String province = r.document() == null ? null : r.document().province();
      String symbol = r.document() == null ? null : r.document().symbol();
      String date = null;
      if (r.document() != null) {
        date =
            r.document().date() != null
                ? r.document().date().toString()
                : r.document().dateNotBefore() != null
                    ? r.document().dateNotBefore().toString()
                    : null;
      }
      for (int i = 0; i < r.obligations().size(); i++) {
        out.add(
            new SourcedObligation(province, r.source(), symbol, date, i, r.obligations().get(i)));
      }
    }
    return out;
  }

  /** How a person names the document: its symbol, else its source. */
  public String document() {
    return symbol != null ? symbol : source;
  }

  /** {@code 29-KL/TU §2.2}, or the document alone when the obligation has no section. */
  public String citation() {
    return obligation.section() == null ? document() : document() + " §" + obligation.section();
  }
}
