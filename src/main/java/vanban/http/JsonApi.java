package vanban.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vanban.crossref.CitedInstrument;
import vanban.json.Json;
import vanban.search.SearchRequest;
import vanban.search.SearchResults;

/**
 * The JSON API: the same records the CLI prints with {@code --json}.
 *
 * <ul>
 *   <li>{@code /api/search?q=&limit=&province=&type=&from=&to=&year=&issuer=}: {@code {"query",
 *       "searchedAs", "total", "hits": [SearchHit…], "facets"}} ({@code searchedAs} only when a
 *       query without diacritics was searched in its restored accented form; {@code &exact=1}
 *       searches it as typed) — the hits of {@code vanban search --json}
 *   <li>{@code /api/cites?q=&year=}: {@code {"query", "citingDocuments", "instruments":
 *       [CitedInstrument…]}} — as
 *       {@code vanban cites --json}; without {@code q}, the most-cited ({@code top=N})
 *   <li>{@code /api/documents/{id}}: the extraction record — as {@code vanban show --json}
 *   <li>{@code /api/graph}: the citation graph's nodes (with links) and edges
 *   <li>{@code /api/compare?themes=}: the province × theme matrix — as {@code vanban compare
 *       --format json} ({@link ComparePage})
 * </ul>
 */
final class JsonApi {
  /** The most hits one request may ask for. */
  static final int MAX_LIMIT = 1000;

  private final CorpusView corpus;

  JsonApi(CorpusView corpus) {
    this.corpus = corpus;
  }

  /** {@code /api/search}, reading fuzzy and prefix syntax only when {@code querySyntax}. */
  Response search(QueryParameters p, boolean querySyntax) throws IOException {
    String q = p.orNull("q");
    SearchRequest request =
        new SearchRequest(
            q,
            p.intIn("limit", 1, MAX_LIMIT, 10),
            p.orNull("province"),
            p.orNull("type"),
            p.date("from"),
            p.date("to"),
            true,
            p.orNull("exact") != null,
            querySyntax);
    SearchResults results =
        FacetedSearch.run(corpus, request, p.optionalInt("year", 1000, 2999), p.orNull("issuer"));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", q == null ? "" : q);
    if (results.searchedAs() != null) {
      m.put("searchedAs", results.searchedAs());
    }
    m.put("total", results.total());
    m.put("hits", results.hits());
    m.put("facets", results.facets());
    return Response.json(Json.compact(m));
  }

  Response cites(QueryParameters p) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<CitedInstrument> found;
    if (p.get("q").isEmpty()) {
      found = corpus.graph().top(p.intIn("top", 1, MAX_LIMIT, CitesPage.TOP));
      m.put("query", "");
    } else {
      found = CitesPage.find(corpus, p.orNull("q"), p.optionalInt("year", 1000, 2999));
      m.put("query", p.orNull("q"));
      // As `vanban cites --json`: how many documents cite each instrument (here all are listed).
      Map<String, Integer> citing = new LinkedHashMap<>();
      found.forEach(ci -> citing.put(ci.instrument().label(), ci.citingSources().size()));
      m.put("citingDocuments", citing);
    }
    m.put("instruments", found);
    return Response.json(Json.compact(m));
  }

  Response document(String id) {
    return Response.json(Json.pretty(DocumentPage.find(corpus, id)));
  }

  /**
   * {@code /api/status}: how many documents the commit answered from holds, when it was written,
   * and how many changes a watcher in the same process has seen and not yet committed.
   */
  Response status(int pendingChanges) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("documents", corpus.documentCount());
    m.put("committed", corpus.committed().toString());
    m.put("pendingChanges", pendingChanges);
    return Response.json(Json.compact(m));
  }

  Response graph() {
    return Response.json(Json.compact(CitationMap.of(corpus)));
  }
}
