package vanban.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vanban.compare.Csv;
import vanban.compare.ObligationColumns;
import vanban.compare.ObligationFilter;
import vanban.compare.SourcedObligation;
import vanban.extract.ThemeTagger;
import vanban.json.Json;
import vanban.model.Obligation;
import vanban.backend.Backend;

/** {@code vanban obligations}: the duties the indexed documents impose, filtered. */
@Command(
    name = "obligations",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the obligations of the indexed documents: who must (or must not) do what, under which"
          + " item, how often, by when and reporting to whom. Filters combine.",
      "With --json: one JSON object per obligation, one per line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:obligations found",
      "2:bad option value",
      "3:the index cannot be opened",
      "4:none found"
    })
final class ObligationsCommand implements Callable<Integer> {
  static final List<String> MODALITIES = List.of("must", "must-not", "responsible", "encouraged");

  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin SolrOption solr;

  @Mixin ProvinceOption province;

  @Option(
      names = "--theme",
      paramLabel = "T",
      description = "Only obligations with this theme id (alcohol, one-stop-shop, …).")
  String theme;

  @Option(
      names = "--modality",
      paramLabel = "M",
      description = "Only this modality: must, must-not, responsible, encouraged.")
  String modality;

  @Option(
      names = "--actor",
      paramLabel = "A",
      description = "Only obligations whose actor contains these words.")
  String actor;

  @Mixin JsonOption json;

  @Option(names = "--csv", description = "CSV with a header row.")
  boolean csv;

  @Override
  public Integer call() throws Exception {
    if (json.on && csv) {
      throw new ParameterException(spec.commandLine(), "--json and --csv cannot be combined");
    }
    if (modality != null && !MODALITIES.contains(modality)) {
      throw new ParameterException(
          spec.commandLine(), "--modality must be one of " + String.join(", ", MODALITIES));
    }
    if (theme != null && !themeIds().contains(theme)) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown theme '" + theme + "'; known: " + String.join(", ", themeIds()));
    }
    List<SourcedObligation> found;
    try (Backend searcher = solr.reading(index)) {
      found =
          new ObligationFilter(province.name, theme, modality, actor)
              .apply(SourcedObligation.of(searcher.all()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.on) {
      for (SourcedObligation o : found) {
        out.println(Json.compact(asMap(o)));
      }
    } else if (csv) {
      out.print(Csv.row(ObligationColumns.names(ObligationColumns.ALL)));
      for (SourcedObligation o : found) {
        out.print(Csv.row(ObligationColumns.csvValues(ObligationColumns.ALL, o)));
      }
    } else {
      print(out, found);
    }
    out.flush();
    return found.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
  }

  static List<String> themeIds() {
    return ThemeTagger.get().themes().stream().map(ThemeTagger.Theme::id).toList();
  }

  /** The obligation's columns, then where it is in the document's text. */
  static Map<String, Object> asMap(SourcedObligation o) {
    Map<String, Object> m = ObligationColumns.json(ObligationColumns.ALL, o);
    m.put("span", o.obligation().span());
    return m;
  }

  private static void print(PrintWriter out, List<SourcedObligation> found) {
    Terminal terminal = Terminal.detect();
    out.printf("%d obligation%s%n", found.size(), found.size() == 1 ? "" : "s");
    for (SourcedObligation o : found) {
      Obligation ob = o.obligation();
      List<String> head = new ArrayList<>();
      head.add(terminal.bold(o.citation()));
      head.add(o.province() == null ? "?" : o.province());
      head.add(ob.modality());
      if (ob.actor() != null) {
        head.add(ob.actor());
      }
      out.printf("%n%s%n    %s%n", String.join(" · ", head), ob.text());
      List<String> tail = new ArrayList<>();
      if (ob.frequency() != null) {
        tail.add(ob.frequency());
      }
      if (ob.deadline() != null) {
        tail.add("hạn " + ob.deadline());
      }
      if (ob.reportTo() != null) {
        tail.add("báo cáo " + ob.reportTo());
      }
      if (!ob.themes().isEmpty()) {
        tail.add("[" + String.join(", ", ob.themes()) + "]");
      }
      if (!tail.isEmpty()) {
        out.printf("    %s%n", String.join(" · ", tail));
      }
    }
  }
}
