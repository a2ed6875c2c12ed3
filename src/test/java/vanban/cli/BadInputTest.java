package vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanban.json.Json;

/**
 * Bad files are reported as {@code path: reason}, skipped, and never cost the index what it
 * already held; the exit code says some files failed.
 */
class BadInputTest {
  @TempDir Path work;

  private Path corpus() throws Exception {
    Path dir = Files.createDirectories(work.resolve("docs"));
    Files.copy(Path.of("corpus/001_7e46c23dc3c449d0.txt"), dir.resolve("good.txt"));
    Files.copy(Path.of("corpus/000_39bb060388cc8e2c.txt"), dir.resolve("later-broken.txt"));
    return dir;
  }

  private static Map<?, ?> summary(CliRun run) {
    return (Map<?, ?>) Json.read(run.out().strip(), Object.class);
  }

  @Test
  void badFilesAreReportedAndSkippedAndNothingIndexedIsLost() throws Exception {
    Path docs = corpus();
    Path index = work.resolve("index");
    CliRun first = CliRun.of("index", "--index", index.toString(), "--json", docs.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(summary(first).get("added")).isEqualTo(2);

    Files.write(docs.resolve("empty.txt"), new byte[0]);
    Files.write(docs.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 9, 0});
    Files.writeString(docs.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage");
    Files.writeString(docs.resolve("huge.txt"), "kỷ luật ".repeat(200_000));
    Files.createDirectories(docs.resolve("loop"));
    Files.createSymbolicLink(docs.resolve("loop/again"), docs.resolve("loop"));
    vanban.ingest.FormatFixtures.writeEncryptedPdf(docs, "locked", "Kỷ luật hành chính", "secret");
    Files.createSymbolicLink(docs.resolve("dangling.txt"), docs.resolve("no-such-target.txt"));
    // A file that was indexed and then got broken: its indexed version must survive.
    Files.write(docs.resolve("later-broken.txt"), new byte[] {0, 0, 0, 1, 2, 3, 0, 0});

    CliRun second =
        CliRun.of(
            "index", "--index", index.toString(), "--json", "--max-size", "1000000",
            docs.toString());
    assertThat(second.exitCode()).isEqualTo(1);
    assertThat(second.err().lines())
        .anySatisfy(l -> assertThat(l).contains("empty.txt: ").contains("empty"))
        .anySatisfy(l -> assertThat(l).contains("binary.txt: "))
        .anySatisfy(l -> assertThat(l).contains("corrupt.pdf: "))
        .anySatisfy(l -> assertThat(l).contains("huge.txt: ").contains("limit"))
        .anySatisfy(l -> assertThat(l).contains("loop"))
        .anySatisfy(l -> assertThat(l).contains("locked.pdf: ").contains("password"))
        .anySatisfy(l -> assertThat(l).contains("dangling.txt: "))
        .anySatisfy(l -> assertThat(l).contains("later-broken.txt: "));
    assertThat(summary(second).get("deleted")).isEqualTo(0);

    CliRun search =
        CliRun.of("search", "--index", index.toString(), "--json", "Trần Thế Dũng");
    assertThat(search.out()).contains("later-broken.txt");
    CliRun good = CliRun.of("search", "--index", index.toString(), "--json", "907/UBND-NV");
    assertThat(good.out()).contains("good.txt");
  }

  @Test
  void missingPathIsReported() {
    CliRun run =
        CliRun.of(
            "index", "--index", work.resolve("i").toString(), work.resolve("nope").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nope: ");
  }

  @Test
  void removedFilesAreDeleted() throws Exception {
    Path docs = corpus();
    Path index = work.resolve("index");
    CliRun.of("index", "--index", index.toString(), docs.toString());
    Files.delete(docs.resolve("good.txt"));
    CliRun run = CliRun.of("index", "--index", index.toString(), "--json", docs.toString());
    assertThat(summary(run).get("deleted")).isEqualTo(1);
    assertThat(summary(run).get("unchanged")).isEqualTo(1);
  }

  @Test
  void editingOnlyTheSidecarReindexesTheDocument() throws Exception {
    Path docs = Files.createDirectories(work.resolve("sidecar"));
    Path doc = Files.copy(Path.of("corpus/004_9eae9ce46508e63c.txt"), docs.resolve("kl.txt"));
    Path sidecar = docs.resolve("kl.txt.meta.properties");
    Files.writeString(sidecar, "symbol = 29-KL/TU\n");
    Path index = work.resolve("index");
    assertThat(summary(CliRun.of("index", "--index", index.toString(), "--json", docs.toString())).get("added"))
        .isEqualTo(1);

    Files.writeString(sidecar, "symbol = 29-KL/TU\ndate = 2021-07-22\n");
    CliRun run = CliRun.of("index", "--index", index.toString(), "--json", docs.toString());
    assertThat(summary(run).get("updated")).isEqualTo(1);
    assertThat(CliRun.of("show", "--index", index.toString(), doc.toString()).out()).contains("2021-07-22");
    assertThat(summary(CliRun.of("index", "--index", index.toString(), "--json", docs.toString())).get("unchanged"))
        .isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({"--threads,0", "--commit-every,0", "--commit-seconds,0"})
  void batchOptionsBelowOneAreBadOptionValues(String option, String value) throws Exception {
    CliRun run =
        CliRun.of("index", "--index", work.resolve("index").toString(), option, value, "corpus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith(option + " must be at least 1, not 0");
    assertThat(work.resolve("index")).doesNotExist();
  }

  @Test
  void indexHelpShowsTheDefaultsTheRunUses() {
    CliRun help = CliRun.of("index", "--help");
    assertThat(help.out().replaceAll("\\s+", " "))
        .contains("(default: " + vanban.batch.BatchOptions.DEFAULT_COMMIT_EVERY + ")")
        .contains("(default: " + vanban.batch.BatchOptions.DEFAULT_COMMIT_SECONDS + ")");
  }
}
