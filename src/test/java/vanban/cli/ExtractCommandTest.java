package vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.json.Json;
import vanban.model.Citation;
import vanban.model.ExtractionRecord;

/** {@code vanban extract}: SCHEMA records without an index, and the text their spans point into. */
class ExtractCommandTest {
  private static final String SEED = "corpus/001_7e46c23dc3c449d0.txt";

  @Test
  void jsonIsOneSchemaRecordPerLine() {
    CliRun run = CliRun.of("extract", "--json", SEED, "corpus/003_76f068a2d90d213c.txt");
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    Map<?, ?> first = (Map<?, ?>) Json.read(lines.get(0), Object.class);
    assertThat(first.keySet().stream().map(Object::toString).toList())
        .startsWith("source", "sha256", "document", "citations", "dates", "obligations", "warnings");
    assertThat(first.get("source")).isEqualTo(SEED);
  }

  @Test
  void spansPointIntoTheTextThatExtractTextPrints() {
    ExtractionRecord r =
        Json.read(CliRun.of("extract", "--json", SEED).out().strip(), ExtractionRecord.class);
    String text = CliRun.of("extract", "--text", SEED).out();
    assertThat(r.citations()).isNotEmpty();
    for (Citation c : r.citations()) {
      assertThat(text.substring(c.span().start(), c.span().end()).replaceAll("\\s+", " "))
          .isEqualTo(c.asWritten());
    }
    r.dates().forEach(d -> assertThat(text.substring(d.span().start(), d.span().end())).isEqualTo(d.text()));
  }

  @Test
  void foreignLanguageGetsAWarning(@TempDir Path dir) throws Exception {
    Path english = dir.resolve("english.txt");
    Files.writeString(
        english,
        "The committee requires all agencies to report monthly on the implementation of this"
            + " directive, to strengthen discipline in public service and to improve the quality of"
            + " administrative procedures for citizens and businesses across the province.\n");
    ExtractionRecord r =
        Json.read(CliRun.of("extract", "--json", english.toString()).out().strip(), ExtractionRecord.class);
    assertThat(r.language()).isEqualTo("eng");
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("not Vietnamese"));
  }

  @Test
  void aBadFileIsReportedAndTheRestExtracted(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    CliRun run = CliRun.of("extract", "--json", empty.toString(), SEED);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FILES_FAILED);
    assertThat(run.err()).contains("empty.txt: ");
    assertThat(run.out().lines()).hasSize(1);
  }
}
