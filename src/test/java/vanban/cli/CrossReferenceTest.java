package vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;
import vanban.json.Json;

/** {@code cites}, {@code refs}, {@code graph} and {@code show} over the bundled corpus. */
class CrossReferenceTest {
  @TempDir static Path indexDir;

  @BeforeAll
  static void indexCorpus() {
    assertThat(CliRun.of("index", "--index", indexDir.toString(), "corpus").exitCode()).isZero();
  }

  private static CliRun run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = args[0];
    all[1] = "--index=" + indexDir;
    System.arraycopy(args, 1, all, 2, args.length - 1);
    return CliRun.of(all);
  }

  @SuppressWarnings("unchecked")
  private static List<List<String>> citingSources(String... args) {
    CliRun r = run(args);
    Map<String, Object> json = (Map<String, Object>) Json.read(r.out().strip(), Object.class);
    return ((List<Map<String, Object>>) json.get("instruments"))
        .stream()
        .map(i -> ((List<Map<String, Object>>) i.get("mentions")).stream()
            .map(m -> (String) m.get("source")).distinct().toList())
        .toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"26/CT-TTg", "26/ct-ttg", "CT 26/TTg", "chi thi 26/CT-TTg", "Chỉ thị số 26/CT-TTg"})
  void citesFindsExactlyTheDocumentCitingTheInstrument(String typed) {
    assertThat(citingSources("cites", "--json", typed))
        .containsExactly(List.of("corpus/001_7e46c23dc3c449d0.txt"));
  }

  @Test
  void citesOfAPartyConclusionListsBothCitingDocuments() {
    assertThat(citingSources("cites", "--json", "01-KL/TW"))
        .containsExactly(
            List.of("corpus/002_32a9d00d5bf9aa29.txt", "corpus/004_9eae9ce46508e63c.txt"));
  }

  @Test
  void partialQueryGroupsTheThreeDirectivesNumbered26() {
    CliRun r = run("cites", "Chỉ thị 26");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("3 instruments match")
        .contains("26/CT-TTg (2016)")
        .contains("26/CT-UBND (2020) · Thừa Thiên Huế")
        .contains("26-CT/TW (2023)");
    assertThat(citingSources("cites", "--json", "--year", "2020", "Chỉ thị 26")).hasSize(1);
  }

  @Test
  void amendmentAwareAnswerShowsTheAmendingDecision() {
    CliRun r = run("cites", "48/2018/QĐ-UBND");
    assertThat(r.out()).contains("amended by Quyết định 22/2019/QĐ-UBND");
  }

  @Test
  void unknownSymbolIsNotFoundAndGarbageIsAUsageError() {
    assertThat(run("cites", "99/CT-TTg").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    CliRun garbage = run("cites", "kỷ luật");
    assertThat(garbage.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(garbage.err()).contains("neither a number-symbol nor an instrument's name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Luật Viên chức", "luat vien chuc", "Luật viên chức năm 2010"})
  void aLawCitedByNameIsFoundByItsName(String typed) {
    CliRun r = run("cites", typed);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Luật Viên chức")
        .contains("corpus/004_9eae9ce46508e63c.txt")
        .contains("«Luật Viên chức»");
    // A law nobody in the index cites is not found (exit 4), not a usage error.
    assertThat(run("cites", "Luật Đất đai").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void refsOf004ShowsThe000CitingIt() {
    CliRun r = run("refs", "corpus/004_9eae9ce46508e63c.txt");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("cited by 3 mention(s)").contains("corpus/000_39bb060388cc8e2c.txt");
    assertThat(run("refs", "--json", "1567-CV/TU").out()).contains("\"resolvedTo\":\"corpus/004_9eae9ce46508e63c.txt\"");
  }

  @Test
  void topListsTheMostCitedFirst() {
    List<String> lines = run("cites", "--top", "2").out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("05-CT/TW").contains("2 document(s)");
  }

  @Test
  void graphInEveryFormat() throws Exception {
    String dot = run("graph").out();
    assertThat(dot).startsWith("digraph citations {")
        .contains("\"corpus/000_39bb060388cc8e2c.txt\" -> \"corpus/004_9eae9ce46508e63c.txt\" [label=3");
    Object json = Json.read(run("graph", "--format", "json").out(), Object.class);
    assertThat(((Map<?, ?>) json).keySet()).map(Object::toString).containsExactly("nodes", "edges");
    String graphml = run("graph", "--format", "graphml").out();
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(graphml)));
    assertThat(doc.getElementsByTagName("node").getLength()).isGreaterThan(5);
  }

  @Test
  void showBySymbolAndPath() {
    CliRun bySymbol = run("show", "907/UBND-NV");
    assertThat(bySymbol.out()).contains("Ủy ban nhân dân tỉnh Thừa Thiên Huế").contains("outline");
    CliRun json = run("show", "--json", "corpus/002_32a9d00d5bf9aa29.txt");
    assertThat(json.out()).contains("\"dateNotBefore\": \"2023-11-23\"");
    assertThat(run("show", "nope.txt").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
  }
}
