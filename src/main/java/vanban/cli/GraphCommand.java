package vanban.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vanban.backend.Backend;
import vanban.crossref.GraphWriter;
import vanban.query.GraphLoader;

/** {@code vanban graph}: the corpus citation graph for Graphviz, Gephi or a script. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the citation graph: corpus documents and the instruments they cite as nodes,"
          + " mention counts on the edges. An instrument that is a corpus document is that"
          + " document's node."
    })
final class GraphCommand implements Callable<Integer> {
  enum Format { dot, json, graphml }

  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin SolrOption solr;

  @Option(names = "--format", defaultValue = "dot", description = "dot, json or graphml (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    GraphWriter.Graph graph;
    try (Backend searcher = solr.reading(index)) {
      graph = GraphWriter.graph(GraphLoader.load(searcher));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case dot -> GraphWriter.dot(graph);
          case json -> GraphWriter.json(graph);
          case graphml -> GraphWriter.graphml(graph);
        });
    out.flush();
    return ExitCodes.OK;
  }
}
