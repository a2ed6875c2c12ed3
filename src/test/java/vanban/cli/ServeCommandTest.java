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
  void helpNamesTheApi() {
    assertThat(CliRun.of("serve", "--help").out()).contains("/api/search").contains("--bind");
  }
}
