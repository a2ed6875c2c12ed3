package vanban.crossref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vanban.json.Json;
import vanban.model.ExtractionRecord;

/**
 * Writes the corpus citation graph: documents and the instruments they cite as nodes, one edge
 * per citing document and cited instrument weighted by the number of mentions. An instrument
 * that is a corpus document is that document's node.
 */
public final class GraphWriter {
  /** A node: a corpus document or an instrument outside the corpus. */
  public record Node(String id, String label, String kind, int citedBy) {}

  /** A citing document → cited node edge with its mention count. */
  public record Edge(String from, String to, int mentions) {}

  /** The nodes and edges of a graph, in deterministic order. */
  public record Graph(List<Node> nodes, List<Edge> edges) {}

  private GraphWriter() {}

  /** The graph of {@code corpus}. */
  public static Graph graph(CitationGraph corpus) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<String, Integer> citedBy = new LinkedHashMap<>();
    List<Edge> edges = new ArrayList<>();
    for (ExtractionRecord r : corpus.documents().values()) {
      nodes.put(r.source(), null);
    }
    for (CitedInstrument ci : corpus.instruments()) {
      Instrument i = ci.instrument();
      String target =
          i.resolvedTo() != null && corpus.documents().containsKey(i.resolvedTo())
              ? i.resolvedTo()
              : "instrument:" + CitationGraph.identity(i);
      if (!nodes.containsKey(target)) {
        nodes.put(target, new Node(target, i.label(), "instrument", 0));
      }
      Map<String, Integer> counts = new LinkedHashMap<>();
      ci.mentions().forEach(m -> counts.merge(m.source(), 1, Integer::sum));
      counts.forEach((from, n) -> edges.add(new Edge(from, target, n)));
      citedBy.merge(target, counts.size(), Integer::sum);
    }
    List<Node> out = new ArrayList<>();
    for (Map.Entry<String, Node> e : nodes.entrySet()) {
      int cited = citedBy.getOrDefault(e.getKey(), 0);
      if (e.getValue() == null) {
        ExtractionRecord r = corpus.documents().get(e.getKey());
        String label =
            r.document() != null && r.document().symbol() != null
                ? r.document().type() + " " + r.document().symbol()
                : e.getKey();
        out.add(new Node(e.getKey(), label, "document", cited));
      } else {
        out.add(new Node(e.getKey(), e.getValue().label(), "instrument", cited));
      }
    }
    return new Graph(out, edges);
  }

  /** Graphviz DOT. */
  public static String dot(Graph g) {
    StringBuilder s = new StringBuilder("digraph citations {\n  rankdir=LR;\n");
    for (Node n : g.nodes()) {
      s.append("  ").append(quote(n.id())).append(" [label=").append(quote(n.label()))
          .append(", shape=").append(n.kind().equals("document") ? "box" : "ellipse").append("];\n");
    }
    for (Edge e : g.edges()) {
      s.append("  ").append(quote(e.from())).append(" -> ").append(quote(e.to()))
          .append(" [label=").append(e.mentions()).append(", weight=").append(e.mentions()).append("];\n");
    }
    return s.append("}\n").toString();
  }

  /** JSON: {@code {"nodes":[…],"edges":[…]}}. */
  public static String json(Graph g) {
    return Json.pretty(g) + "\n";
  }

  /** GraphML, for Gephi, yEd, NetworkX. */
  public static String graphml(Graph g) {
    StringBuilder s =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                + "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
                + "  <key id=\"citedBy\" for=\"node\" attr.name=\"citedBy\" attr.type=\"int\"/>\n"
                + "  <key id=\"mentions\" for=\"edge\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
                + "  <graph id=\"citations\" edgedefault=\"directed\">\n");
    for (Node n : g.nodes()) {
      s.append("    <node id=\"").append(xml(n.id())).append("\">")
          .append("<data key=\"label\">").append(xml(n.label())).append("</data>")
          .append("<data key=\"kind\">").append(n.kind()).append("</data>")
          .append("<data key=\"citedBy\">").append(n.citedBy()).append("</data></node>\n");
    }
    int i = 0;
    for (Edge e : g.edges()) {
      s.append("    <edge id=\"e").append(i++).append("\" source=\"").append(xml(e.from()))
          .append("\" target=\"").append(xml(e.to())).append("\">")
          .append("<data key=\"mentions\">").append(e.mentions()).append("</data></edge>\n");
    }
    return s.append("  </graph>\n</graphml>\n").toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
