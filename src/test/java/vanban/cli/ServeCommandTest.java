package vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code vanban serve}'s refusals; serving itself is tested in vanban.http. */
class ServeCommandTest {
  @TempDir Path empty;

  @ParameterizedTest
  @CsvSource({
    "--port, -1, 2",
    "--port, 70000, 2",
    "--threads, 0, 2",
    "--timeout, 0, 2",
    "--bind, 127.0.0.1, 3"
  })
  void refusesBadOptionsAndAMissingIndex(String option, String value, int code) {
    CliRun r = CliRun.of("serve", "--index", empty.resolve("none").toString(), option, value);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(code);
  }

  @org.junit.jupiter.api.Test
  void aMissingIndexIsNamedWithWhatToDo() {
    CliRun r = CliRun.of("serve", "--index", empty.resolve("none").toString(), "--port", "0");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("no index in").contains("vanban index").contains("--watch");
    CliRun watch = CliRun.of("watch", "--index", empty.resolve("i").toString(), "no-such-folder");
    assertThat(watch.exitCode()).isEqualTo(2);
    assertThat(watch.err()).contains("no-such-folder: not a folder");
  }

  @org.junit.jupiter.api.Test
  void helpNamesTheApi() {
    assertThat(CliRun.of("serve", "--help").out()).contains("/api/search").contains("--bind");
  }
}
