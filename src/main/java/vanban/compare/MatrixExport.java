package vanban.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vanban.compare.SimilarObligationFinder.SimilarPair;

/**
 * The province × theme matrix and the similar pairs as CSV and as JSON trees: one format for
 * {@code vanban compare} and the web's {@code /compare.csv} and {@code /api/compare}.
 */
public final class MatrixExport {
  private MatrixExport() {}

  /** Every obligation of every cell, one CSV row each, with a header row. */
  public static String csv(ThemeMatrix m) {
    StringBuilder s = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("province", m.dimension()));
    header.addAll(ObligationColumns.names(ObligationColumns.IN_MATRIX));
    s.append(Csv.row(header));
    for (String p : m.provinces()) {
      for (String t : m.themes()) {
        for (SourcedObligation o : m.cell(p, t)) {
          List<String> row = new ArrayList<>(List.of(p, t));
          row.addAll(ObligationColumns.csvValues(ObligationColumns.IN_MATRIX, o));
          s.append(Csv.row(row));
        }
      }
    }
    return s.toString();
  }

  /** The similar pairs, one CSV row each, with a header row. */
  public static String csvPairs(List<SimilarPair> pairs) {
    StringBuilder s = new StringBuilder();
    s.append(
        Csv.row(
            List.of(
                "score", "province1", "document1", "section1", "text1", "province2", "document2",
                "section2", "text2")));
    for (SimilarPair p : pairs) {
      s.append(
          Csv.row(
              Csv.values(
                  String.format(Locale.ROOT, "%.3f", p.score()),
                  p.first().province(),
                  p.first().document(),
                  p.first().obligation().section(),
                  p.first().obligation().text(),
                  p.second().province(),
                  p.second().document(),
                  p.second().obligation().section(),
                  p.second().obligation().text())));
    }
    return s.toString();
  }

  /** The matrix as a JSON tree: provinces, themes, cells; {@code similar} when pairs are given. */
  public static Map<String, Object> json(ThemeMatrix m, List<SimilarPair> pairs) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("provinces", m.provinces());
    root.put(m.dimension() + "s", m.themes());
    List<Object> cells = new ArrayList<>();
    for (String p : m.provinces()) {
      for (String t : m.themes()) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("province", p);
        cell.put(m.dimension(), t);
        cell.put("obligations", m.cell(p, t).stream().map(MatrixExport::entry).toList());
        cells.add(cell);
      }
    }
    root.put("cells", cells);
    if (pairs != null) {
      List<Object> similar = new ArrayList<>();
      for (SimilarPair pair : pairs) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("score", pair.score());
        s.put("first", withProvince(pair.first()));
        s.put("second", withProvince(pair.second()));
        similar.add(s);
      }
      root.put("similar", similar);
    }
    return root;
  }

  private static Map<String, Object> entry(SourcedObligation o) {
    return ObligationColumns.json(ObligationColumns.IN_MATRIX, o);
  }

  private static Map<String, Object> withProvince(SourcedObligation o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("province", o.province());
    m.putAll(entry(o));
    return m;
  }
}
