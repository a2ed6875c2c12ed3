package vanban.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vanban.compare.ICalendarWriter;
import vanban.compare.ObligationFilter;
import vanban.model.ExtractionRecord;
import vanban.backend.Backend;

/** {@code vanban calendar --format ics}: recurring reporting and evaluation duties as iCalendar. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the recurring reporting and evaluation duties of the indexed documents (hằng tháng,"
          + " hằng quý, định kỳ 6 tháng, hằng năm) as an iCalendar file, repeating from one period"
          + " after each document's date. The output is the same for the same index."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:calendar written",
      "2:bad option value",
      "3:the index cannot be opened",
      "4:no recurring duty (an empty calendar is still written)"
    })
final class CalendarCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin SolrOption solr;

  @Mixin ProvinceOption province;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "ics",
      description = "Output format; only ics (RFC 5545) for now (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    if (!"ics".equals(format)) {
      throw new ParameterException(spec.commandLine(), "--format must be ics");
    }
    List<ExtractionRecord> records;
    try (Backend searcher = solr.reading(index)) {
      records = searcher.all();
    }
    if (province.name != null) {
      records =
          records.stream()
              .filter(
                  r ->
                      r.document() != null
                          && ObligationFilter.sameProvince(province.name, r.document().province()))
              .toList();
    }
    String ics = new ICalendarWriter().write(records);
    PrintWriter out = spec.commandLine().getOut();
    out.print(ics);
    out.flush();
    return ics.contains("BEGIN:VEVENT") ? ExitCodes.OK : ExitCodes.NOT_FOUND;
  }
}
