package vanban.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vanban.compare.Csv;
import vanban.compare.SourcedObligation;
import vanban.compare.ThemeMatrix;
import vanban.extract.ActorKinds;
import vanban.extract.ThemeTagger;
import vanban.compare.MatrixExport;
import vanban.json.Json;

/**
 * {@code GET /compare?themes=&province=&theme=}: the province × theme matrix of obligations, each
 * cell linking to its obligations; {@code /compare.csv} and {@code /api/compare} give the CSV and
 * JSON that {@code vanban compare --format csv|json} prints.
 */
final class ComparePage {
  private final CorpusView corpus;
  private final MentionView links;

  ComparePage(CorpusView corpus) {
    this.corpus = corpus;
    this.links = new MentionView(corpus);
  }

  /**
   * The matrix over the {@code themes} parameter (comma-separated ids; all when absent), by theme or,
   * with {@code by=actor}, by kind of actor.
   */
  private ThemeMatrix matrix(QueryParameters p) {
    List<String> themes = themes(p);
    var records = corpus.records();
    return byActor(p) ? ThemeMatrix.byActor(records, themes) : ThemeMatrix.of(records, themes);
  }

  private static boolean byActor(QueryParameters p) {
    String by = p.orNull("by");
    if (by == null || by.equals("theme")) {
      return false;
    }
    if (by.equals("actor")) {
      return true;
    }
    throw HttpProblem.badRequest("by must be theme or actor, not '" + by + "'");
  }

  private static List<String> themes(QueryParameters p) {
    List<String> known = ThemeTagger.get().themes().stream().map(ThemeTagger.Theme::id).toList();
    List<String> themes = new ArrayList<>();
    for (String t : p.get("themes").map(s -> s.split(",")).orElse(new String[0])) {
      String id = t.strip();
      if (id.isEmpty()) {
        continue;
      }
      if (!known.contains(id)) {
        throw HttpProblem.badRequest(
            "unknown theme '" + id + "'; known: " + String.join(", ", known));
      }
      themes.add(id);
    }
    return themes;
  }

  Response render(QueryParameters p) {
    ThemeMatrix m = matrix(p);
    String themesParam = p.orNull("themes");
    String province = p.orNull("province");
    String theme = p.orNull("theme");
    String by = byActor(p) ? "actor" : null;
    Map<String, String> labels = new LinkedHashMap<>();
    m.themes().forEach(t -> labels.put(t, m.label(t)));

    HtmlWriter w = new HtmlWriter();
    w.open("section", "class", "compare")
        .element("h1", "So sánh theo tỉnh và chủ đề · Provinces × themes")
        .open("p", "class", "links")
        .link(PageLayout.href("/compare.csv", "themes", themesParam, "by", by), "CSV")
        .text(" · ")
        .link(PageLayout.href("/api/compare", "themes", themesParam, "by", by), "JSON")
        .text(" · ")
        .link(
            PageLayout.href("/compare", "themes", themesParam, "by", by == null ? "actor" : null),
            by == null ? "By kind of actor" : "By theme")
        .text(
            " — a cell counts the obligations of that province's documents about the theme;"
                + " (n!) the prohibitions among them. Click a count for the obligations.")
        .end("p");
    if (m.provinces().isEmpty()) {
      w.element("p", "No obligation in the index.");
    } else {
      w.open("table", "class", "matrix")
          .tag("thead")
          .tag("tr")
          .element("th", by == null ? "Chủ đề · Theme" : "Chủ thể · Actor");
      for (String prov : m.provinces()) {
        w.element("th", prov);
      }
      w.end("tr").end("thead").tag("tbody");
      for (String t : m.themes()) {
        w.tag("tr").open("th", "title", t).text(labels.getOrDefault(t, t)).end("th");
        for (String prov : m.provinces()) {
          List<SourcedObligation> cell = m.cell(prov, t);
          if (cell.isEmpty()) {
            w.open("td", "class", "zero").text("–").end("td");
            continue;
          }
          long forbidden = m.cell(prov, t, "must-not").size();
          boolean on = prov.equals(province) && t.equals(theme);
          w.open("td", "class", on ? "on" : null)
              .link(
                  PageLayout.href(
                          "/compare", "themes", themesParam, "by", by, "province", prov, "theme", t)
                      + "#cell",
                  cell.size() + (forbidden > 0 ? " (" + forbidden + "!)" : ""))
              .end("td");
        }
        w.end("tr");
      }
      w.end("tbody").end("table");
    }
    if (province != null && theme != null) {
      List<SourcedObligation> cell = m.cell(province, theme);
      w.open("section", "id", "cell", "class", "cell")
          .element(
              "h2",
              province + " · " + labels.getOrDefault(theme, theme) + " (" + cell.size() + ")");
      w.open("table", "class", "obligations")
          .raw("<thead><tr><th>Văn bản · Document</th><th>Modality</th><th>Actor</th>")
          .raw("<th>Loại chủ thể · Actor kind</th>")
          .raw("<th>Obligation</th></tr></thead><tbody>");
      for (SourcedObligation o : cell) {
        w.tag("tr")
            .open("td")
            .link(corpus.documentHref(o.source()), o.citation())
            .end("td")
            .open("td")
            .open("span", "class", "modality " + o.obligation().modality())
            .text(o.obligation().modality())
            .end("span")
            .end("td")
            .element("td", o.obligation().actor())
            .element("td", actorKind(o))
            .element("td", o.obligation().text())
            .end("tr");
      }
      w.raw("</tbody>").end("table").end("section");
    }
    w.end("section");
    return Response.html(PageLayout.page(corpus, "Compare", null, w.toString()));
  }

  /** The Vietnamese label of the kind of an obligation's actor. */
  private static String actorKind(SourcedObligation o) {
    String k = ThemeMatrix.kind(o);
    return k.equals(ThemeMatrix.NO_ACTOR) ? "–" : ActorKinds.get().label(k);
  }

  /** What {@code vanban compare --format json} prints. */
  Response json(QueryParameters p) {
    return Response.json(Json.compact(MatrixExport.json(matrix(p), null)));
  }

  /**
   * What {@code vanban compare --format csv} prints, as a download starting with a byte order
   * mark ({@link Csv#BOM}) so that Excel reads the Vietnamese as UTF-8.
   */
  Response csv(QueryParameters p) {
    return new Response(
        200,
        Response.CSV,
        (Csv.BOM + MatrixExport.csv(matrix(p))).getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Disposition", "attachment; filename=\"vanban-compare.csv\""));
  }
}
