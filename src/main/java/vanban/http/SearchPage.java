package vanban.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vanban.lexicon.NumberSymbol;
import vanban.lexicon.SymbolQuery;
import vanban.model.ExtractionRecord;
import vanban.normalize.VietnameseNormalizer;
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
      return Response.redirect(instrumentHref(q));
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
      if (dim.getValue().isEmpty()) {
        // A heading over nothing to pick: left out (a search without hits has none at all).
        continue;
      }
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
        .text(PageLayout.count(results.total(), "document", "documents"));
    if (q == null || q.isBlank()) {
      w.text(" · mới nhất trước · newest first");
    }
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
    if (results.total() == 0 && q != null && !q.isBlank()) {
      suggest(w, q, current);
    }
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

  /**
   * Where a number-symbol typed in the search box leads: the document bearing it when the index
   * holds exactly one, else its "cited by" page (which names every document bearing it, when
   * several do).
   */
  private String instrumentHref(String q) throws IOException {
    Optional<NumberSymbol> symbol = NumberSymbol.parse(q);
    if (symbol.isPresent()) {
      List<ExtractionRecord> bearing = corpus.searcher().withSymbol(symbol.get().key());
      if (bearing.size() == 1) {
        return corpus.documentHref(bearing.get(0).source());
      }
    }
    return PageLayout.citesHref(q);
  }

  /**
   * What to try when nothing matched: the query without its diacritics (typed with marks that the
   * documents spell otherwise), the search without its filters or in any accented form.
   */
  private static void suggest(HtmlWriter w, String q, Map<String, String> current) {
    w.open("div", "class", "suggest").element("p", "Không tìm thấy văn bản nào · Nothing found.");
    w.tag("ul");
    String bare = VietnameseNormalizer.stripDiacritics(q);
    if (!bare.equals(q)) {
      w.tag("li")
          .text("Thử không dấu · try without diacritics: ")
          .link(PageLayout.href("/", "q", bare), bare)
          .end("li");
    }
    boolean filtered =
        current.entrySet().stream()
            .anyMatch(e -> !e.getKey().equals("exact") && !e.getValue().isEmpty());
    if (filtered) {
      w.tag("li").link(PageLayout.href("/", "q", q), "Bỏ bộ lọc · search without filters").end("li");
    }
    if (!current.getOrDefault("exact", "").isEmpty()) {
      w.tag("li").link(PageLayout.href("/", "q", q), "Tìm cả dạng có dấu · search any accents").end("li");
    }
    w.end("ul").end("div");
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
