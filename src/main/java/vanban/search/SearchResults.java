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
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
