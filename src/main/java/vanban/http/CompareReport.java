package vanban.http;

import java.util.List;
import java.util.Locale;
import vanban.compare.SimilarObligationFinder.SimilarPair;
import vanban.compare.SourcedObligation;
import vanban.compare.ThemeMatrix;

/**
 * The comparison matrix as one self-contained HTML file, what {@code vanban compare --format html}
 * prints: written through {@link HtmlWriter}, like the web pages, so every piece of data is escaped
 * the same way.
 */
public final class CompareReport {
  private CompareReport() {}

  /**
   * The page: a table with the matrix's rows down and provinces across, each cell listing its
   * obligations (document, modality, text); then, when {@code pairs} is not null, the similar
   * obligations with their scores.
   */
  public static String html(ThemeMatrix m, List<SimilarPair> pairs) {
    HtmlWriter w = new HtmlWriter();
    w.raw("<!DOCTYPE html>\n")
        .raw("<html lang=\"vi\"><head><meta charset=\"utf-8\">")
        .element("title", "So sánh theo tỉnh và chủ đề")
        .raw("\n<style>table{border-collapse:collapse}td,th{border:1px solid")
        .raw(" #999;padding:4px;vertical-align:top}")
        .raw(".must-not{color:#a00}.responsible{color:#a60}.encouraged{color:#060}")
        .raw("</style></head><body>\n<table>\n");
    w.tag("tr").element("th", m.dimension());
    for (String p : m.provinces()) {
      w.element("th", p);
    }
    w.end("tr").raw("\n");
    for (String t : m.themes()) {
      w.tag("tr").element("th", t);
      for (String p : m.provinces()) {
        w.tag("td");
        List<SourcedObligation> cell = m.cell(p, t);
        if (!cell.isEmpty()) {
          w.tag("ul");
          for (SourcedObligation o : cell) {
            String modality = o.obligation().modality();
            w.open("li", "class", modality)
                .element("b", o.citation())
                .raw(" ")
                .element("i", modality)
                .raw(" ")
                .text(o.obligation().text())
                .end("li");
          }
          w.end("ul");
        }
        w.end("td");
      }
      w.end("tr").raw("\n");
    }
    w.end("table").raw("\n");
    if (pairs != null) {
      w.element("h2", "Similar obligations")
          .raw("<table><tr><th>score</th><th>first</th><th>second</th></tr>\n");
      for (SimilarPair p : pairs) {
        w.tag("tr").element("td", String.format(Locale.ROOT, "%.3f", p.score()));
        side(w, p.first());
        side(w, p.second());
        w.end("tr").raw("\n");
      }
      w.end("table").raw("\n");
    }
    return w.raw("</body></html>\n").toString();
  }

  /** One obligation of a similar pair: {@code <td><b>document</b> (province) text</td>}. */
  private static void side(HtmlWriter w, SourcedObligation o) {
    w.tag("td")
        .element("b", o.citation())
        .text(" (" + o.province() + ") " + o.obligation().text())
        .end("td");
  }
}
