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
 */
public record SearchResults(
    long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets, String searchedAs) {
  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** Results of a query searched as typed. */
  public SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
    this(total, hits, facets, null);
  }
}
