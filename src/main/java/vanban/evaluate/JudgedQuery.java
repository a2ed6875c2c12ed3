package vanban.evaluate;

import java.util.Map;

/**
 * One judged query of {@code devset/search/queries.tsv} with its grades (JUDGING.md).
 *
 * @param id {@code q01}
 * @param set {@code tune}, or {@code heldout} for queries not looked at while ranking is changed
 * @param kind {@code topic}, {@code duty}, {@code symbol}, {@code reference}, {@code abbrev} or
 *     {@code numeral}
 * @param query what the person types, with diacritics
 * @param need what the person wants found, for the judges
 * @param grades file name → 1 or 2; every other document is 0
 */
public record JudgedQuery(
    String id, String set, String kind, String query, String need, Map<String, Integer> grades) {

  public static final String TUNE = "tune";
  public static final String HELD_OUT = "heldout";

  public JudgedQuery {
    grades = Map.copyOf(grades);
  }

  /** The grade of the document of {@code fileName}: 0 when not listed. */
  public int grade(String fileName) {
    return grades.getOrDefault(fileName, 0);
  }
}
