package vanban.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total how many documents match (all of them, not only the hits returned)
 * @param hits the best {@code limit} matches, best first (ties: newer first, then by source)
 * @param facets when asked for: dimension ({@code province}, {@code type}, {@code year},
 *     {@code issuer}) → value → count, dimensions in that order, values by count then value;
 *     empty otherwise
 * @param searchedAs the accented form a query typed without diacritics was searched by first
 *     ({@code cơ chế một cửa}), before its folded matches; null when the query was searched as typed
 * @param totalExact whether {@code total} is every match; false when it is a lower bound ({@code
 *     1000+}): without facets, a search stops counting past {@link DocumentSearcher#EXACT_TOTAL_UP_TO}
 *     so it can skip documents that cannot reach the page
 */
public record SearchResults(
    long total,
    List<SearchHit> hits,
    Map<String, Map<String, Long>> facets,
    String searchedAs,
    boolean totalExact) {
  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** Results with an exact total. */
  public SearchResults(
      long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets, String searchedAs) {
    this(total, hits, facets, searchedAs, true);
  }

  /** Results of a query searched as typed, with an exact total. */
  public SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
    this(total, hits, facets, null, true);
  }
}
