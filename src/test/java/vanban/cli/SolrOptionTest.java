package vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --solr} takes node URLs and {@code --zk} a ZooKeeper ensemble, one or the other; anything
 * else is a usage error, before any connection.
 */
class SolrOptionTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"localhost:8983/solr", "solr", "ftp://host/solr", "http://", "http://a b/"})
  void aValueThatIsNoNodeUrlIsAUsageError(String url) {
    CliRun r = CliRun.of("search", "--solr", url, "kỷ luật");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("is not the URL of a Solr node");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://zk1:2181", "zk1:2181;zk2:2181", "zk1:abc", "zk1:2181,", "zk1:2181//", ""})
  void aValueThatIsNoZooKeeperEnsembleIsAUsageError(String zk) {
    CliRun r = CliRun.of("obligations", "--zk", zk);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("is not a ZooKeeper ensemble");
  }

  @Test
  void nodesAndZooKeeperTogetherAreAUsageError() {
    CliRun r = CliRun.of("index", "--solr", "http://localhost:8983/solr", "--zk", "localhost:2181", "corpus");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("mutually exclusive");
  }

  @Test
  void everyCommandThatTakesSolrTakesZooKeeper() {
    for (String command : new String[] {"index", "search", "cites", "obligations", "graph", "compare", "calendar"}) {
      assertThat(CliRun.of(command, "--help").out()).as(command).contains("--solr=URL", "--zk=HOSTS[/chroot]");
    }
  }
}
