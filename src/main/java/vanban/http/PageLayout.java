package vanban.http;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;

/** The frame every page shares (head, navigation, search box) and the site's links. */
final class PageLayout {
  private PageLayout() {}

  /**
   * A whole page of {@code corpus}: {@code title} and the search box filled with {@code q}, around
   * {@code body}, and at the foot the time of the commit it answered from.
   */
  static String page(CorpusView corpus, String title, String q, String body) {
    return page(title, q, body, asOf(corpus));
  }

  /** The foot of a page: which commit of the index it shows, and how many documents. */
  private static String asOf(CorpusView corpus) {
    String time =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC)
            .format(corpus.committed());
    return "Chỉ mục lúc · index as of " + time + " · " + corpus.documentCount() + " văn bản · documents";
  }

  private static String page(String title, String q, String body, String foot) {
    HtmlWriter w = new HtmlWriter();
    w.raw("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .tag("title")
        .text(title)
        .text(" · vanban")
        .end("title")
        .raw("<link rel=\"stylesheet\" href=\"/static/style.css\">")
        .raw("<link rel=\"icon\" href=\"data:,\">")
        .raw("</head><body><header class=\"top\"><a class=\"brand\" href=\"/\">vanban</a><nav>")
        .raw("<a href=\"/\">Tìm kiếm · Search</a>")
        .raw("<a href=\"/cites\">Trích dẫn · Cited by</a>")
        .raw("<a href=\"/compare\">So sánh · Compare</a>")
        .raw("<a href=\"/graph\">Bản đồ trích dẫn · Citation map</a>")
        .raw("</nav><form class=\"search\" action=\"/\" method=\"get\" role=\"search\">")
        .open(
            "input",
            "type",
            "search",
            "name",
            "q",
            "id",
            "q",
            "value",
            q == null ? "" : q,
            "placeholder",
            "kỷ luật kỷ cương, 26/CT-TTg …",
            "aria-label",
            "Search")
        .raw("<button type=\"submit\">Tìm</button></form></header><main>")
        .raw(body)
        .raw("</main><footer>vanban · read-only view of the index")
        .raw(foot == null ? "" : " · ")
        .open("span", "class", "as-of")
        .text(foot == null ? "" : foot)
        .end("span")
        .raw("</footer></body></html>\n");
    return w.toString();
  }

  /** {@code 1 document}, {@code 3 documents}: a count with the noun it counts. */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** An error page: the status and what was wrong, escaped. */
  static String error(int status, String message) {
    HtmlWriter w = new HtmlWriter();
    w.open("section", "class", "error").element("h1", "Error " + status).element("p", message);
    w.end("section");
    return page("Error " + status, null, w.toString(), null);
  }

  /** {@code path?k1=v1&k2=v2}, skipping pairs whose value is null or blank. */
  static String href(String path, String... pairs) {
    StringBuilder s = new StringBuilder(path);
    char sep = '?';
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      String v = pairs[i + 1];
      if (v == null || v.isBlank()) {
        continue;
      }
      s.append(sep)
          .append(pairs[i])
          .append('=')
          .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      sep = '&';
    }
    return s.toString();
  }

  /** The "cited by" page of an instrument typed as {@code q}. */
  static String citesHref(String q) {
    return href("/cites", "q", q);
  }

  /**
   * {@code 2022-01-25}, {@code ≥ 2023-11-23} when only a lower bound is known, else {@code
   * undated}.
   */
  static String date(DocumentMetadata d) {
    if (d.date() != null) {
      return d.date().toString();
    }
    return d.dateNotBefore() != null ? "≥ " + d.dateNotBefore() : "undated";
  }

  /** How a document is named in links: its type and symbol, else its source. */
  static String name(ExtractionRecord r) {
    DocumentMetadata d = r.document();
    if (d == null || d.symbol() == null) {
      return (d != null && d.type() != null ? d.type() + " " : "") + "(no number) " + r.source();
    }
    return (d.type() == null ? "" : d.type() + " ") + d.symbol();
  }

  /** A document's one-line description under its name: issuer · province · date. */
  static String describe(ExtractionRecord r) {
    DocumentMetadata d = r.document() == null ? DocumentMetadata.empty() : r.document();
    return String.join(
        " · ",
        d.issuer() == null ? "?" : d.issuer(),
        d.province() == null ? "?" : d.province(),
        date(d));
  }
}
