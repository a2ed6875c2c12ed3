package vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanban.compare.ICalendarCheck;
import vanban.json.Json;

/** {@code obligations}, {@code compare} and {@code calendar} over the indexed corpus. */
class ObligationCommandsTest {
  @TempDir static Path indexDir;

  @BeforeAll
  static void indexCorpus() {
    CliRun run = CliRun.of("index", "--index", indexDir.toString(), "corpus");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--index";
    all[args.length + 1] = indexDir.toString();
    return CliRun.of(all);
  }

  private static List<Map<?, ?>> jsonLines(CliRun run) {
    List<Map<?, ?>> out = new java.util.ArrayList<>();
    run.out().lines().forEach(l -> out.add((Map<?, ?>) Json.read(l, Object.class)));
    return out;
  }

  private static List<Object> list(Object json) {
    return List.copyOf((List<?>) json);
  }

  @Test
  void obligationsFilterByProvinceThemeAndModality() {
    CliRun r = run("obligations", "--theme", "alcohol", "--modality", "must-not", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(jsonLines(r))
        .extracting(m -> m.get("province") + " " + m.get("section"))
        .containsExactly("Bắc Ninh 3", "Hà Tĩnh 2.2");
    CliRun haTinh =
        run("obligations", "--province", "ha tinh", "--theme", "public-vehicles", "--json");
    assertThat(jsonLines(haTinh))
        .extracting(m -> (Object) m.get("modality"))
        .containsExactly("must", "must-not");
  }

  @Test
  void csvAndJsonCarryTheSameColumnsInTheSameOrder() {
    CliRun csv = run("obligations", "--theme", "alcohol", "--csv");
    List<String> header = List.of(csv.out().lines().findFirst().orElseThrow().split(","));
    assertThat(header)
        .containsExactly(
            "source", "symbol", "province", "section", "modality", "actor", "action", "frequency",
            "deadline", "reportTo", "themes", "text");
    for (Map<?, ?> line : jsonLines(run("obligations", "--theme", "alcohol", "--json"))) {
      List<Object> keys = new java.util.ArrayList<>(line.keySet());
      assertThat(keys).containsExactlyElementsOf(concat(header, "span"));
    }
    CliRun compare = run("compare", "--themes", "alcohol", "--format", "csv");
    assertThat(compare.out().lines().findFirst().orElseThrow())
        .isEqualTo("province,theme,document,source,section,modality,actor,text");
  }

  private static List<Object> concat(List<String> first, String last) {
    List<Object> all = new java.util.ArrayList<>(first);
    all.add(last);
    return all;
  }

  @Test
  void obligationsByActorAsCsvAndAsText() {
    CliRun csv = run("obligations", "--actor", "Ban Nội chính", "--csv");
    assertThat(csv.exitCode()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("source,symbol,province,section,modality,actor,action,frequency");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .contains(
            "443-CV/TU", "Thanh Hóa", "Ban Nội chính Tỉnh ủy", "periodic", "Ban Thường vụ Tỉnh ủy");
    assertThat(csv.out()).contains("\r\n");
    CliRun text = run("obligations", "--province", "Huế", "--theme", "one-stop-shop");
    assertThat(text.out()).contains("1 obligation", "907/UBND-NV §5", "một cửa liên thông");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "obligations --modality maybe | 2",
        "obligations --theme beer | 2",
        "obligations --json --csv | 2",
        "compare --format pdf | 2",
        "compare --themes alcohol,beer | 2",
        "compare --by province | 2",
        "calendar --format csv | 2",
        "obligations --province Cà Mau | 4",
      })
  void badValuesAndEmptyResults(String args, int exit) {
    assertThat(run(args.split(" (?=--)|(?<=--\\w{1,20}) ")).exitCode()).isEqualTo(exit);
  }

  @Test
  void compareAsJsonHasEveryCellAndSimilarPairs() {
    CliRun r = run("compare", "--themes", "alcohol,one-stop-shop", "--format", "json", "--similar");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Map<?, ?> root = (Map<?, ?>) Json.read(r.out().strip(), Object.class);
    assertThat(list(root.get("provinces")))
        .containsExactly("Bắc Ninh", "Hà Tĩnh", "Thanh Hóa", "Thừa Thiên Huế");
    assertThat(list(root.get("themes"))).containsExactly("alcohol", "one-stop-shop");
    assertThat(list(root.get("cells"))).hasSize(8);
    assertThat(root.get("similar")).isInstanceOf(List.class);
  }

  @Test
  void compareAsTableCsvAndHtml() {
    CliRun table = run("compare", "--themes", "alcohol,one-stop-shop");
    assertThat(table.out().lines().toList().get(0))
        .startsWith("theme")
        .contains("Bắc Ninh", "Hà Tĩnh");
    assertThat(table.out()).contains("alcohol", "1 (1!)", "2 (1!)");
    CliRun csv = run("compare", "--themes", "one-stop-shop", "--format", "csv");
    assertThat(csv.out().lines().toList())
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith("Hà Tĩnh,one-stop-shop,1567-CV/TU"))
        .anySatisfy(l -> assertThat(l).startsWith("Thừa Thiên Huế,one-stop-shop,907/UBND-NV"));
    CliRun html = run("compare", "--format", "html", "--similar");
    assertThat(html.out())
        .startsWith("<!DOCTYPE html>")
        .contains("<table>", "Similar obligations")
        .endsWith("</html>\n");
    CliRun pairs = run("compare", "--format", "csv", "--similar");
    assertThat(pairs.out()).startsWith("score,province1,document1");
  }

  @Test
  void compareByActorSetsTheKindsOfBodyThatMustActSideBySide() {
    CliRun table = run("compare", "--by", "actor");
    assertThat(table.exitCode()).as(table.err()).isZero();
    List<String> lines = table.out().lines().toList();
    assertThat(lines.get(0)).startsWith("actor").contains("Hà Tĩnh", "Thừa Thiên Huế");
    // 001 (Huế) asks the heads of its sở, ban, ngành and district chairs; 004 (Hà Tĩnh) its
    // officials; Party bodies in Hà Tĩnh, Bắc Ninh and Thanh Hóa.
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("officials"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("party-committee"));
    assertThat(table.out()).contains("office-holder (Người đứng đầu, lãnh đạo):", "Thừa Thiên Huế · ");
    CliRun json = run("compare", "--by", "actor", "--themes", "alcohol", "--format", "json");
    Map<?, ?> root = (Map<?, ?>) Json.read(json.out().strip(), Object.class);
    assertThat(list(root.get("actors"))).isNotEmpty().doesNotContain("alcohol");
    assertThat(list(root.get("cells")))
        .allSatisfy(c -> assertThat(((Map<?, ?>) c).get("actor")).isNotNull());
    CliRun csv = run("compare", "--by", "actor", "--format", "csv");
    assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("province,actor,document");
  }

  @Test
  void calendarIsDeterministicIcs() {
    CliRun r = run("calendar", "--province", "Hà Tĩnh", "--format", "ics");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("RRULE:FREQ=MONTHLY;INTERVAL=6\r\n", "RRULE:FREQ=YEARLY\r\n");
    assertThat(ICalendarCheck.events(r.out()))
        .extracting(e -> e.rule().toString())
        .contains("FREQ=MONTHLY;INTERVAL=6", "FREQ=YEARLY");
    assertThat(run("calendar", "--province", "Hà Tĩnh").out()).isEqualTo(r.out());
    String all = run("calendar").out();
    assertThat(all).contains("RRULE:FREQ=MONTHLY;INTERVAL=3\r\n");
    assertThat(ICalendarCheck.events(all)).hasSizeGreaterThan(ICalendarCheck.events(r.out()).size());
  }
}
