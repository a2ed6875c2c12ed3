package vanban.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vanban.compare.MatrixExport;
import vanban.compare.SimilarObligationFinder;
import vanban.compare.SimilarObligationFinder.SimilarPair;
import vanban.compare.SourcedObligation;
import vanban.compare.ThemeMatrix;
import vanban.http.CompareReport;
import vanban.json.Json;
import vanban.model.ExtractionRecord;
import vanban.backend.Backend;

/** {@code vanban compare}: what each province requires, theme by theme. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares provinces theme by theme: each cell holds the obligations of that province's"
          + " documents about that theme (document, item, modality, text). --similar also lists"
          + " obligations of different provinces that say much the same thing, with a score in"
          + " [0, 1]; with --format csv it prints those pairs instead of the matrix."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:comparison printed",
      "2:bad option value",
      "3:the index cannot be opened",
      "4:no obligation in the index"
    })
final class CompareCommand implements Callable<Integer> {
  static final List<String> FORMATS = List.of("table", "csv", "json", "html");

  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin SolrOption solr;

  @Option(
      names = "--themes",
      paramLabel = "T",
      split = ",",
      description = "Theme ids to compare, comma-separated (default: all).")
  List<String> themes = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, csv, json or html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--by",
      paramLabel = "WHAT",
      defaultValue = "theme",
      description =
          "What the columns are: theme (default) or actor, the kind of body that must act"
              + " (UBND cấp huyện, sở, ban, ngành, cấp ủy, …; actor-kinds.tsv); with --themes, by"
              + " actor keeps the obligations about those themes.")
  String by;

  @Option(names = "--similar", description = "Also list similar obligations across provinces.")
  boolean similar;

  @Option(
      names = "--min-score",
      paramLabel = "S",
      defaultValue = "0.3",
      description = "Smallest score of a similar pair (default: ${DEFAULT-VALUE}).")
  double minScore;

  @Override
  public Integer call() throws Exception {
    if (!FORMATS.contains(format)) {
      throw new ParameterException(
          spec.commandLine(), "--format must be one of " + String.join(", ", FORMATS));
    }
    if (!by.equals("theme") && !by.equals("actor")) {
      throw new ParameterException(spec.commandLine(), "--by must be theme or actor, not '" + by + "'");
    }
    List<String> known = ObligationsCommand.themeIds();
    for (String t : themes) {
      if (!known.contains(t)) {
        throw new ParameterException(
            spec.commandLine(), "unknown theme '" + t + "'; known: " + String.join(", ", known));
      }
    }
    List<ExtractionRecord> records;
    try (Backend searcher = solr.reading(index)) {
      records = searcher.all();
    }
    ThemeMatrix matrix =
        by.equals("actor") ? ThemeMatrix.byActor(records, themes) : ThemeMatrix.of(records, themes);
    List<SimilarPair> pairs = List.of();
    if (similar) {
      pairs =
          new SimilarObligationFinder(minScore)
              .find(records).stream()
                  .filter(
                      p -> themes.isEmpty() || aboutThemes(p.first()) || aboutThemes(p.second()))
                  .toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "csv" -> {
        if (similar) {
          out.print(MatrixExport.csvPairs(pairs));
        } else {
          out.print(MatrixExport.csv(matrix));
        }
      }
      case "json" -> out.println(Json.compact(MatrixExport.json(matrix, similar ? pairs : null)));
      case "html" -> out.print(CompareReport.html(matrix, similar ? pairs : null));
      default -> table(out, matrix, similar ? pairs : null);
    }
    out.flush();
    return matrix.provinces().isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
  }

  private boolean aboutThemes(SourcedObligation o) {
    return o.obligation().themes().stream().anyMatch(themes::contains);
  }

  /**
   * Themes down, provinces across; a cell shows how many obligations, {@code !} the prohibitions
   * among them. The cells' obligations follow, theme by theme.
   */
  private static void table(PrintWriter out, ThemeMatrix m, List<SimilarPair> pairs) {
    int first =
        Math.max(
            m.dimension().length(), m.themes().stream().mapToInt(String::length).max().orElse(0));
    List<Integer> widths = new ArrayList<>();
    StringBuilder header = new StringBuilder(pad(m.dimension(), first));
    for (String p : m.provinces()) {
      int w = Math.max(p.length(), 7);
      widths.add(w);
      header.append("  ").append(pad(p, w));
    }
    out.println(header.toString().stripTrailing());
    for (String t : m.themes()) {
      StringBuilder line = new StringBuilder(pad(t, first));
      for (int i = 0; i < m.provinces().size(); i++) {
        List<SourcedObligation> cell = m.cell(m.provinces().get(i), t);
        long forbidden =
            cell.stream().filter(o -> o.obligation().modality().equals("must-not")).count();
        String shown =
            cell.isEmpty() ? "-" : cell.size() + (forbidden > 0 ? " (" + forbidden + "!)" : "");
        line.append("  ").append(pad(shown, widths.get(i)));
      }
      out.println(line.toString().stripTrailing());
    }
    out.println(
        "(a cell: obligations of that province "
            + (m.dimension().equals("actor") ? "whose actor is of that kind" : "on that theme")
            + "; (n!) of them prohibitions)");
    for (String t : m.themes()) {
      boolean any = m.provinces().stream().anyMatch(p -> !m.cell(p, t).isEmpty());
      if (!any) {
        continue;
      }
      out.printf("%n%s (%s):%n", t, m.label(t));
      for (String p : m.provinces()) {
        for (SourcedObligation o : m.cell(p, t)) {
          out.printf(
              "  %s · %s · %s: %s%n",
              p, o.citation(), o.obligation().modality(), shorten(o.obligation().text()));
        }
      }
    }
    if (pairs != null) {
      out.printf("%nSimilar obligations (%d):%n", pairs.size());
      for (SimilarPair p : pairs) {
        out.printf(
            Locale.ROOT,
            "%n  %.3f  %s (%s) ~ %s (%s)%n    %s%n    %s%n",
            p.score(),
            p.first().citation(),
            p.first().province(),
            p.second().citation(),
            p.second().province(),
            shorten(p.first().obligation().text()),
            shorten(p.second().obligation().text()));
      }
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String shorten(String s) {
    if (s.length() <= 120) {
      return s;
    }
    int cut = s.lastIndexOf(' ', 118);
    return s.substring(0, cut > 60 ? cut : 118) + " …";
  }
}
