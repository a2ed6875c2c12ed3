package vanban.search;

import java.time.LocalDate;

/**
 * One search: a user's query and the filters beside it.
 *
 * @param query what the user typed: words, {@code "phrases"}, number-symbols ({@code 26/CT-TTg}),
 *     SimpleQueryParser operators ({@code -word}, {@code a | b}; {@code pref*} with {@code
 *     querySyntax}); blank or null
 *     matches every document, so filters and facets work alone
 * @param limit how many hits to return; 10 when not positive
 * @param province keep documents of this province only: any name the province table knows
 *     ({@code TT-Huế}, {@code thua thien hue}), a unit formed by the 2025 mergers also finding the
 *     documents of the units it absorbed ({@code Huế} finds Thừa Thiên Huế's); null for any
 * @param type keep documents of this type ({@code Chỉ thị}, {@code chi thi}) or type code
 *     ({@code CT}); null for any
 * @param from keep documents dated on or after this day (the date of issue, else
 *     {@code dateNotBefore}); null for no bound
 * @param to keep documents dated on or before this day; null for no bound
 * @param facets whether to count province, type, year and issuer over all matches
 * @param exact search the query as typed: a query without diacritics is not restored first
 *     ({@link DiacriticRestorer})
 * @param querySyntax read fuzzy ({@code luat~2}), near and prefix ({@code lu*}) syntax, each
 *     bounded ({@link BoundedQueryParser}); without it those marks are plain text, so that one
 *     query cannot make the index enumerate thousands of terms
 */
public record SearchRequest(
    String query,
    int limit,
    String province,
    String type,
    LocalDate from,
    LocalDate to,
    boolean facets,
    boolean exact,
    boolean querySyntax) {

  /** A request without fuzzy, near or prefix syntax. */
  public SearchRequest(
      String query,
      int limit,
      String province,
      String type,
      LocalDate from,
      LocalDate to,
      boolean facets,
      boolean exact) {
    this(query, limit, province, type, from, to, facets, exact, false);
  }

  /** A request whose query without diacritics is restored first (not {@code exact}). */
  public SearchRequest(
      String query, int limit, String province, String type, LocalDate from, LocalDate to, boolean facets) {
    this(query, limit, province, type, from, to, facets, false);
  }

  /** A plain query: ten hits, no filters, no facets. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, 10, null, null, null, null, false);
  }

  /** This request with {@code query} in place of its own, everything else kept. */
  public SearchRequest withQuery(String query) {
    return new SearchRequest(query, limit, province, type, from, to, facets, exact, querySyntax);
  }
}
