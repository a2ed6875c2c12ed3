package vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.json.Json;

/** The bundled corpus indexed and searched the way the README tells a new user to. */
class CorpusEndToEndTest {
  @TempDir static Path indexDir;

  @BeforeAll
  static void indexCorpus() {
    CliRun run = CliRun.of("index", "--index", indexDir.toString(), "--json", "corpus");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Json.read(run.out().strip(), Object.class))
        .isEqualTo(
            Json.read(
                "{\"added\":5,\"updated\":0,\"deleted\":0,\"unchanged\":0,\"failed\":[]}", Object.class));
  }

  private static List<String> sources(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.err()).isEmpty();
    return run.out()
        .lines()
        .map(line -> ((java.util.Map<?, ?>) Json.read(line, Object.class)).get("source"))
        .filter(java.util.Objects::nonNull)
        .map(Object::toString)
        .toList();
  }

  @Test
  void foldedQueryFindsEveryDocument() {
    assertThat(sources("search", "--index", indexDir.toString(), "--json", "ky luat ky cuong"))
        .containsExactlyInAnyOrder(
            "corpus/000_39bb060388cc8e2c.txt",
            "corpus/001_7e46c23dc3c449d0.txt",
            "corpus/002_32a9d00d5bf9aa29.txt",
            "corpus/003_76f068a2d90d213c.txt",
            "corpus/004_9eae9ce46508e63c.txt");
  }

  @Test
  void anUnaccentedQueryPrintsTheAccentedFormItSearched() {
    CliRun run = CliRun.of("search", "--index", indexDir.toString(), "co che mot cua");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("tìm theo: cơ chế một cửa").contains("--exact");
    CliRun exact = CliRun.of("search", "--index", indexDir.toString(), "--exact", "co che mot cua");
    assertThat(exact.out()).doesNotContain("tìm theo");
  }

  @Test
  void phraseMatchesEitherTonePlacement() {
    // 002 writes "chuyển hoá"; the user types "chuyển hóa".
    assertThat(sources("search", "--index", indexDir.toString(), "--json", "\"chuyển hóa\""))
        .contains("corpus/002_32a9d00d5bf9aa29.txt");
  }

  @Test
  void symbolQueryDoesNotCrashAndFindsTheCitingDocument() {
    assertThat(sources("search", "--index", indexDir.toString(), "--json", "26/CT-TTg"))
        .containsExactly("corpus/001_7e46c23dc3c449d0.txt");
  }

  @Test
  void secondRunChangesNothing() {
    CliRun run = CliRun.of("index", "--index", indexDir.toString(), "--json", "corpus");
    assertThat(run.exitCode()).isZero();
    assertThat(Json.read(run.out().strip(), Object.class))
        .isEqualTo(
            Json.read(
                "{\"added\":0,\"updated\":0,\"deleted\":0,\"unchanged\":5,\"failed\":[]}", Object.class));
  }

  @Test
  void humanOutputShowsSymbolTypeProvinceDateSourceAndSnippet() {
    CliRun run = CliRun.of("search", "--index", indexDir.toString(), "cơ chế một cửa");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("907/UBND-NV")
        .contains("Công văn")
        .contains("Thừa Thiên Huế")
        .contains("2022-01-25")
        .contains("corpus/001_7e46c23dc3c449d0.txt")
        .contains("«");
  }

  @Test
  void sidecarValuesOverrideTheTextInTheIndex() {
    CliRun run = CliRun.of("show", "--index", indexDir.toString(), "--json", "29-KL/TU");
    assertThat(run.exitCode()).as(run.err()).isZero();
    java.util.Map<?, ?> record = (java.util.Map<?, ?>) Json.read(run.out(), Object.class);
    assertThat(record.get("source")).isEqualTo("corpus/004_9eae9ce46508e63c.txt");
    assertThat(record.get("supplied")).isEqualTo(List.of("date", "number", "symbol", "typeCode"));
    java.util.Map<?, ?> document = (java.util.Map<?, ?>) record.get("document");
    assertThat(document.get("date")).isEqualTo("2021-07-22");
    assertThat(sources("search", "--index", indexDir.toString(), "--json", "--from", "2021-07-01",
            "--to", "2021-07-31", ""))
        .containsExactly("corpus/004_9eae9ce46508e63c.txt");
  }

  @Test
  void sidecarIsNotADocument() {
    assertThat(sources("search", "--index", indexDir.toString(), "--json", "--limit", "50", ""))
        .hasSize(5)
        .noneMatch(s -> s.endsWith(".properties"));
  }

  @Test
  void helpListsExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.out()).contains("Exit codes:").contains("some input files failed");
    assertThat(CliRun.of("index", "--help").out()).contains("--max-size").contains("Exit codes:");
  }
}
