package vanban.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vanban.crossref.CitedInstrument;
import vanban.crossref.GraphWriter;

/**
 * The citation graph as the map page draws it: {@link GraphWriter}'s nodes and edges, each node
 * with the page it opens. Public so {@link vanban.json.Json} can read its records.
 */
public final class CitationMap {
  /** A node of {@link GraphWriter.Node} with the link a click follows. */
  public record MapNode(String id, String label, String kind, int citedBy, String href) {}

  /** The nodes and edges, in {@link GraphWriter}'s order. */
  public record MapGraph(List<MapNode> nodes, List<GraphWriter.Edge> edges) {}

  private CitationMap() {}

  static MapGraph of(CorpusView corpus) {
    GraphWriter.Graph g = GraphWriter.graph(corpus.graph());
    MentionView links = new MentionView(corpus);
    Map<String, String> instrumentHref = new HashMap<>();
    for (CitedInstrument ci : corpus.graph().instruments()) {
      instrumentHref.putIfAbsent(ci.instrument().label(), links.href(ci.instrument()));
    }
    List<MapNode> nodes = new ArrayList<>();
    for (GraphWriter.Node n : g.nodes()) {
      String href =
          n.kind().equals("document")
              ? corpus.documentHref(n.id())
              : instrumentHref.getOrDefault(n.label(), "/cites");
      nodes.add(new MapNode(n.id(), n.label(), n.kind(), n.citedBy(), href));
    }
    return new MapGraph(nodes, g.edges());
  }

  /** The page: an SVG the script fills from {@code /api/graph}. */
  static Response page(CorpusView corpus) {
    HtmlWriter w = new HtmlWriter();
    w.open("section", "class", "map")
        .element("h1", "Bản đồ trích dẫn · Citation map")
        .open("p", "class", "legend")
        .raw("<span class=\"key document\"></span> văn bản trong kho · corpus document ")
        .raw("<span class=\"key instrument\"></span> văn bản được trích dẫn · cited instrument")
        .text(" — size: how many documents cite it; click to open.")
        .end("p")
        .open(
            "svg",
            "id",
            "graph",
            "data-src",
            "/api/graph",
            "role",
            "img",
            "aria-label",
            "citation graph",
            "xmlns",
            "http://www.w3.org/2000/svg")
        .end("svg")
        .open("p", "id", "graph-status", "class", "status")
        .text("Loading…")
        .end("p")
        .raw("<script src=\"/static/graph.js\"></script>")
        .end("section");
    return Response.html(PageLayout.page(corpus, "Citation map", null, w.toString()));
  }
}
