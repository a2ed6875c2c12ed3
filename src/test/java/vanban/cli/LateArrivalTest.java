package vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.json.Json;

/**
 * Citations resolve when the cited document arrives in a later run, and stop resolving when it
 * leaves.
 */
class LateArrivalTest {
  @TempDir Path work;

  @SuppressWarnings("unchecked")
  private String resolvedTo(Path index, Path citing) {
    CliRun show = CliRun.of("show", "--index", index.toString(), "--json", citing.toString());
    Map<String, Object> record = (Map<String, Object>) Json.read(show.out(), Object.class);
    return ((List<Map<String, Object>>) record.get("citations"))
        .stream()
        .filter(c -> "29-KL/TU".equals(c.get("symbol")))
        .map(c -> String.valueOf(c.get("resolvedTo")))
        .distinct()
        .reduce((a, b) -> a + "," + b)
        .orElse("no citation");
  }

  @Test
  void citationToADocumentThatArrivesLaterResolvesAtTheNextRun() throws Exception {
    Path docs = Files.createDirectories(work.resolve("docs"));
    Path index = work.resolve("index");
    Path citing = Files.copy(Path.of("corpus/000_39bb060388cc8e2c.txt"), docs.resolve("000.txt"));
    assertThat(CliRun.of("index", "--index", index.toString(), docs.toString()).exitCode()).isZero();
    assertThat(resolvedTo(index, citing)).isEqualTo("null");

    Path cited = Files.copy(Path.of("corpus/004_9eae9ce46508e63c.txt"), docs.resolve("004.txt"));
    assertThat(CliRun.of("index", "--index", index.toString(), docs.toString()).exitCode()).isZero();
    assertThat(resolvedTo(index, citing)).isEqualTo(vanban.pipeline.Pipeline.sourceName(cited));

    Files.delete(cited);
    assertThat(CliRun.of("index", "--index", index.toString(), docs.toString()).exitCode()).isZero();
    assertThat(resolvedTo(index, citing)).isEqualTo("null");
  }
}
