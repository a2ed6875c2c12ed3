package vanban.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vanban.backend.Backend;
import vanban.crossref.CitationGraph;
import vanban.crossref.CitedInstrument;
import vanban.json.Json;
import vanban.lexicon.SymbolQuery;
import vanban.query.GraphLoader;
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
      "With --top N: the N instruments cited by the most documents.",
      "With --json: the instruments and their mentions."
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

  @Option(
      names = "--limit",
      paramLabel = "N",
      description =
          "List the first N citing documents of the instrument and of each amendment, in path"
              + " order, with the total (default: ${DEFAULT-VALUE}).")
  int limit = GraphLoader.DEFAULT_LIMIT;

  @Option(names = "--all", description = "List every citing document, however many.")
  boolean all;

  @Mixin JsonOption json;


  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<SymbolQuery> query = Optional.empty();
    // An instrument cited by name only (Luật Đất đai): looked up by its name's key.
    Optional<String> nameKey = Optional.empty();
    if (top == null) {
      String typed = String.join(" ", words);
      query = SymbolQuery.parse(typed);
      if (query.isEmpty()) {
        nameKey = SymbolQuery.parseName(typed);
        if (nameKey.isEmpty()) {
          throw new ParameterException(
              spec.commandLine(),
              "'"
                  + typed
                  + "' is neither a number-symbol nor an instrument's name (try 26/CT-TTg,"
                  + " 'Chỉ thị 26', 'Luật Đất đai', or --top 10)");
        }
      }
    }
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
    }
    CitationGraph graph;
    Map<String, Integer> totals = Map.of();
    if (solr.local()) {
      try (DocumentSearcher searcher = DocumentSearcher.open(index.dir)) {
        // --top ranks every instrument, so it needs the whole graph; a query only its citers.
        if (top != null) {
          graph = GraphLoader.load(searcher);
        } else if (nameKey.isPresent()) {
          graph = GraphLoader.loadNamed(searcher, nameKey.get());
        } else {
          GraphLoader.CitingAnswer answer =
              GraphLoader.loadCiting(searcher, query.get(), all ? Integer.MAX_VALUE : limit);
          graph = answer.graph();
          totals = answer.totals();
        }
      }
    } else {
      // Solr has no cites/instrument term lookups here: the whole graph, the same answer.
      try (Backend backend = solr.reading(index)) {
        graph = GraphLoader.load(backend);
      }
    }
    List<CitedInstrument> found =
        top != null
            ? graph.top(top)
            : nameKey.isPresent()
                ? graph.findNamed(nameKey.get(), year)
                : graph.find(query.get(), year);
    Map<String, Integer> citing = citingCounts(found, totals);
    if (json.on) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("query", String.join(" ", words));
      if (top == null) {
        // How many documents cite each instrument in all, by label; its mentions may be a page.
        m.put("citingDocuments", citing);
      }
      m.put("instruments", found);
      out.println(Json.compact(m));
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
        printer.instrument(ci, "", citing.get(ci.instrument().label()));
        for (CitedInstrument amendment : ci.amendments()) {
          out.printf("  amended by %s:%n", amendment.instrument().label());
          printer.instrument(amendment, "    ", GraphLoader.total(amendment, totals, List.of(amendment)));
        }
        out.println();
      }
    }
    out.flush();
    return found.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
  }

  /** How many documents cite each instrument of {@code found} in all, by label. */
  private static Map<String, Integer> citingCounts(
      List<CitedInstrument> found, Map<String, Integer> totals) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (CitedInstrument ci : found) {
      out.put(ci.instrument().label(), GraphLoader.total(ci, totals, found));
    }
    return out;
  }

}
