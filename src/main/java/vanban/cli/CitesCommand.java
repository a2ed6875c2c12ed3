package vanban.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vanban.backend.Backend;
import vanban.crossref.CitationGraph;
import vanban.crossref.CitedInstrument;
import vanban.json.JsonWriter;
import vanban.lexicon.SymbolQuery;
import vanban.search.DocumentSearcher;

/** {@code vanban cites QUERY}: which documents cite an instrument, with the citing sentences. */
@Command(
    name = "cites",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the documents citing an instrument, with the sentence that cites it. QUERY is a"
          + " number-symbol as a person types it: 26/CT-TTg, 26/ct-ttg, 'CT 26/TTg',"
          + " 'chi thi 26/CT-TTg', or just 'Chỉ thị 26' (every Chỉ thị numbered 26, grouped)."
          + " Instruments that amend or replace it are listed with their citing documents.",
      "With --top N: the N instruments cited by the most documents."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:found", "2:QUERY is not a number-symbol", "3:the index cannot be opened", "4:nothing cites it"})
final class CitesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin SolrOption solr;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The instrument, as typed.")
  List<String> words = List.of();

  @Option(names = "--year", description = "Only the instrument of this year.")
  Integer year;

  @Option(names = "--top", paramLabel = "N", description = "List the N most-cited instruments instead.")
  Integer top;

  @Option(names = "--json", description = "Print the instruments and mentions as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<SymbolQuery> query = Optional.empty();
    if (top == null) {
      String typed = String.join(" ", words);
      query = SymbolQuery.parse(typed);
      if (query.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "'" + typed + "' is not a number-symbol (try 26/CT-TTg, 'Chỉ thị 26', or --top 10)");
      }
    }
    CitationGraph graph;
    if (solr.urls.isEmpty()) {
      try (DocumentSearcher searcher = DocumentSearcher.open(index.dir)) {
        // --top ranks every instrument, so it needs the whole graph; a query only its citers.
        graph =
            top != null
                ? GraphLoader.load(searcher)
                : GraphLoader.loadCiting(searcher, query.get());
      }
    } else {
      // Solr has no cites/instrument term lookups here: the whole graph, the same answer.
      try (Backend backend = solr.reading(index)) {
        graph = GraphLoader.load(backend);
      }
    }
    List<CitedInstrument> found =
        top != null ? graph.top(top) : graph.find(query.get(), year);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("query", String.join(" ", words));
      m.put("instruments", found);
      out.println(JsonWriter.compact(m));
      out.flush();
      return found.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }
    Terminal terminal = Terminal.detect();
    MentionPrinter printer = new MentionPrinter(out, terminal, graph.documents());
    if (found.isEmpty()) {
      out.println("Nothing in the index cites " + String.join(" ", words) + ".");
    } else if (top != null) {
      int rank = 1;
      for (CitedInstrument ci : found) {
        out.printf(
            "%3d. %-48s %2d document(s), %d mention(s)%n",
            rank++, ci.instrument().label(), ci.citingSources().size(), ci.mentions().size());
      }
    } else {
      if (found.size() > 1) {
        out.printf("%d instruments match '%s':%n%n", found.size(), String.join(" ", words));
      }
      for (CitedInstrument ci : found) {
        printer.instrument(ci, "");
        for (CitedInstrument amendment : ci.amendments()) {
          out.printf("  amended by %s:%n", amendment.instrument().label());
          printer.instrument(amendment, "    ");
        }
        out.println();
      }
    }
    out.flush();
    return found.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
  }
}
