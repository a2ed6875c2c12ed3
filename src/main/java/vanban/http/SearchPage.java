package vanban.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import vanban.lexicon.SymbolQuery;
import vanban.search.SearchHit;
import vanban.search.SearchRequest;
import vanban.search.SearchResults;

/**
 * {@code GET /?q=&province=&type=&year=&issuer=}: one search box, facets as links, hits with the
 * matches marked. A number-symbol in the box goes to its "cited by" page.
 */
final class SearchPage {
  /** Hits on one page: the corpus of one province's directives in a year fits. */
  static final int LIMIT = 50;

  private static final Map<String, String> DIMENSION_NAMES =
      Map.of(
          "province", "Tỉnh · Province",
          "type", "Loại · Type",
          "year", "Năm · Year",
          "issuer", "Cơ quan ban hành · Issuer");

  private final CorpusView corpus;
  private final boolean querySyntax;

  /** A page reading fuzzy and prefix syntax only when {@code querySyntax} ({@code --allow-query-syntax}). */
  SearchPage(CorpusView corpus, boolean querySyntax) {
    this.corpus = corpus;
    this.querySyntax = querySyntax;
  }

  Response render(QueryParameters p) throws IOException {
    String q = p.orNull("q");
    if (q != null && SymbolQuery.parse(q).isPresent()) {
      return Response.redirect(PageLayout.citesHref(q));
    }
    String province = p.orNull("province");
    String type = p.orNull("type");
    Integer year = p.optionalInt("year", 1000, 2999);
    String issuer = p.orNull("issuer");
    int limit = p.intIn("limit", 1, 500, LIMIT);
    boolean exact = p.orNull("exact") != null;
    SearchResults results =
        FacetedSearch.run(
            corpus, new SearchRequest(q, limit, province, type, null, null, true, exact, querySyntax),
            year,
            issuer);
    String yearText = year == null ? null : year.toString();
    Map<String, String> current = new LinkedHashMap<>();
    current.put("province", province == null ? "" : province);
    current.put("type", type == null ? "" : type);
    current.put("year", yearText == null ? "" : yearText);
    current.put("issuer", issuer == null ? "" : issuer);
    // Not a filter, so no chip: carried on by every link of the page, so a search as typed stays so.
    current.put("exact", exact ? "1" : "");

    HtmlWriter w = new HtmlWriter();
    w.open("div", "class", "search-page");
    w.open("aside", "class", "facets");
    for (Map.Entry<String, Map<String, Long>> dim : results.facets().entrySet()) {
      String name = dim.getKey();
      w.open("section", "class", "facet", "data-dimension", name);
      w.element("h3", DIMENSION_NAMES.getOrDefault(name, name)).tag("ul");
      for (Map.Entry<String, Long> value : dim.getValue().entrySet()) {
        boolean on = value.getKey().equals(current.get(name));
        String href =
            on ? filtered(q, current, name, null) : filtered(q, current, name, value.getKey());
        w.open("li", "class", on ? "on" : null)
            .link(href, value.getKey())
            .raw(" <span class=\"count\">")
            .text(Long.toString(value.getValue()))
            .raw("</span></li>");
      }
      w.end("ul").end("section");
    }
    w.end("aside");

    w.open("section", "class", "results");
    if (results.searchedAs() != null) {
      String[] asTyped = filteredPairs(q, current, null, null);
      String[] withExact = java.util.Arrays.copyOf(asTyped, asTyped.length + 2);
      withExact[asTyped.length] = "exact";
      withExact[asTyped.length + 1] = "1";
      w.open("p", "class", "searched-as")
          .text("tìm theo: ")
          .element("strong", results.searchedAs())
          .text(" · ")
          .link(PageLayout.href("/", withExact), "tìm đúng như đã gõ: " + q)
          .end("p");
    }
    w.open("p", "class", "total")
        .text(results.total() + (results.total() == 1 ? " document" : " documents"));
    for (Map.Entry<String, String> f : current.entrySet()) {
      if (!f.getValue().isEmpty() && !f.getKey().equals("exact")) {
        w.raw(" ")
            .open(
                "a",
                "class",
                "chip",
                "href",
                filtered(q, current, f.getKey(), null),
                "title",
                "remove this filter")
            .text(f.getKey() + ": " + f.getValue() + " ×")
            .end("a");
      }
    }
    w.end("p");
    w.open("ol", "class", "hits");
    for (SearchHit hit : results.hits()) {
      w.open("li", "class", "hit");
      w.open("a", "class", "doc-link", "href", corpus.documentHref(hit.source()))
          .text(hit.symbol() == null ? "(no number)" : hit.symbol())
          .end("a");
      w.open("span", "class", "meta")
          .text(
              " "
                  + String.join(
                      " · ",
                      hit.type() == null ? "?" : hit.type(),
                      hit.province() == null ? "?" : hit.province(),
                      hit.date() == null ? "undated" : hit.date().toString()))
          .end("span");
      if (hit.snippet() != null) {
        w.open("p", "class", "snippet").marked(hit.snippet().text(), hit.snippet().highlights());
        w.end("p");
      }
      w.open("p", "class", "source").text(hit.source()).end("p");
      w.end("li");
    }
    w.end("ol");
    if (results.total() > results.hits().size() && limit < 500) {
      String[] more = filteredPairs(q, current, null, null);
      String[] withLimit = java.util.Arrays.copyOf(more, more.length + 2);
      withLimit[more.length] = "limit";
      withLimit[more.length + 1] = Integer.toString(Math.min(500, limit * 2));
      w.open("p", "class", "more").link(PageLayout.href("/", withLimit), "More results").end("p");
    }
    w.end("section").end("div");
    String title = q == null ? "Tìm kiếm" : q;
    return Response.html(PageLayout.page(corpus, title, q, w.toString()));
  }

  /** This search with the filter {@code dimension} set to {@code value} (null removes it). */
  private static String filtered(
      String q, Map<String, String> current, String dimension, String value) {
    return PageLayout.href("/", filteredPairs(q, current, dimension, value));
  }

  private static String[] filteredPairs(
      String q, Map<String, String> current, String dimension, String value) {
    String[] pairs = new String[12];
    int i = 0;
    pairs[i++] = "q";
    pairs[i++] = q;
    for (String dim : new String[] {"province", "type", "year", "issuer", "exact"}) {
      pairs[i++] = dim;
      pairs[i++] = dim.equals(dimension) ? value : current.get(dim);
    }
    return pairs;
  }
}
