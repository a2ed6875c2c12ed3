package vanban.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vanban.json.Json;
import vanban.backend.Backend;
import vanban.search.SearchHit;
import vanban.search.SearchRequest;
import vanban.search.SearchResults;

/** {@code vanban search QUERY}: full-text search with filters. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the index. Diacritics are optional (ky luat finds kỷ luật; exact matches rank"
          + " first); \"quotes\" keep words adjacent; a number-symbol (26/CT-TTg) matches the"
          + " document with that symbol and the documents citing it.",
      "With --json: one JSON object per hit, one per line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:hits found",
      "2:bad command line, or a query expanding to too many terms",
      "3:the index cannot be opened",
      "4:no hits"
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin SolrOption solr;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words, \"phrases\", symbols.")
  List<String> words = new ArrayList<>();

  @Option(names = "--limit", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin JsonOption json;

  @Mixin ProvinceOption province;

  @Option(names = "--type", description = "Only documents of this type (name or code: 'Chỉ thị', CT).")
  String type;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only documents dated on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only documents dated on or before.")
  LocalDate to;

  @Option(names = "--facets", description = "Also print counts by province, type, year and issuer.")
  boolean facets;

  @Option(
      names = "--exact",
      description =
          "Search the words as typed. Without it, a query typed without diacritics is first"
              + " searched in its most likely accented form (printed as 'tìm theo: …').")
  boolean exact;

  @Option(
      names = "--allow-query-syntax",
      description =
          "Read fuzzy (luat~2), near (\"a b\"~3) and prefix (lu*) syntax, each term expanded to"
              + " at most 50 index terms. Without it those marks are searched as plain text, as"
              + " 'vanban serve' does unless started with the same option.")
  boolean allowQuerySyntax;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
    }
    String query = String.join(" ", words);
    SearchResults results;
    try (Backend searcher = solr.reading(index)) {
      results =
          searcher.search(
              new SearchRequest(
                  query, limit, province.name, type, from, to, facets, exact, allowQuerySyntax));
    } catch (vanban.search.SearchRefused e) {
      spec.commandLine().getErr().println("vanban search: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCodes.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.on) {
      for (SearchHit hit : results.hits()) {
        out.println(Json.compact(hit));
      }
      if (results.searchedAs() != null) {
        // After the hits, as the facets line: a reader taking each line as a hit stops at objects without "source".
        out.println(Json.compact(Map.of("searchedAs", results.searchedAs())));
      }
      if (facets) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("facets", results.facets());
        out.println(Json.compact(f));
      }
    } else {
      printHits(out, results);
    }
    out.flush();
    return results.hits().isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
  }

  private void printHits(PrintWriter out, SearchResults results) {
    Terminal terminal = Terminal.detect();
    if (results.searchedAs() != null) {
      out.printf("tìm theo: %s   (--exact: search the words as typed)%n", results.searchedAs());
    }
    // Without --facets a common query stops counting past DocumentSearcher.EXACT_TOTAL_UP_TO.
    out.printf(
        "%d%s document%s%n",
        results.total(), results.totalExact() ? "" : "+", results.total() == 1 && results.totalExact() ? "" : "s");
    int rank = 1;
    for (SearchHit hit : results.hits()) {
      out.printf(
          "%n%2d. %s  %s · %s · %s%n    %s%n",
          rank++,
          terminal.bold(orDash(hit.symbol(), "(no number)")),
          orDash(hit.type(), "?"),
          orDash(hit.province(), "?"),
          hit.date() != null ? hit.date().toString()
              : hit.dateNotBefore() != null ? "≥ " + hit.dateNotBefore() : "undated",
          hit.source());
      if (hit.snippet() != null) {
        out.println("    " + terminal.highlight(hit.snippet()));
      }
    }
    if (facets && results.facets() != null) {
      for (Map.Entry<String, Map<String, Long>> dim : results.facets().entrySet()) {
        out.printf("%n%s:%n", dim.getKey());
        for (Map.Entry<String, Long> e : dim.getValue().entrySet()) {
          out.printf("  %-40s %d%n", e.getKey(), e.getValue());
        }
      }
    }
  }

  private static String orDash(String s, String missing) {
    return s == null || s.isBlank() ? missing : s;
  }
}
