package vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --solr} takes node URLs; anything else is a usage error, before any connection. */
class SolrOptionTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"localhost:8983/solr", "solr", "ftp://host/solr", "http://", "http://a b/"})
  void aValueThatIsNoNodeUrlIsAUsageError(String url) {
    CliRun r = CliRun.of("search", "--solr", url, "kỷ luật");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("is not the URL of a Solr node");
  }
}
