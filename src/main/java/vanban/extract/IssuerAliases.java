package vanban.extract;

import java.util.ArrayList;
import java.util.List;

/** Issuer names as written mapped to the names reported, from {@code issuer-aliases.tsv}. */
final class IssuerAliases {
  private static final IssuerAliases INSTANCE = new IssuerAliases();
  private final List<String[]> rows = new ArrayList<>();

  private IssuerAliases() {
    for (String[] row : RelationCues.rows("/vanban/extract/issuer-aliases.tsv")) {
      rows.add(new String[] {CitationExtractor.key(row[0]), row[1].strip()});
    }
  }

  static IssuerAliases get() {
    return INSTANCE;
  }

  /** The reported name of {@code written}: its alias when listed, else itself. */
  String canonical(String written) {
    String k = CitationExtractor.key(written);
    for (String[] r : rows) {
      if (r[0].equals(k)) {
        return r[1];
      }
    }
    return written;
  }
}
