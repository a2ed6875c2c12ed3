package vanban.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  private static final JudgedQuery Q =
      new JudgedQuery("q1", "tune", "topic", "x", "need", Map.of("a", 2, "b", 1));

  @Test
  void theIdealOrderScoresOne() {
    assertThat(RankingMetrics.ndcg(List.of("a", "b", "c"), Q, 10)).isEqualTo(1.0);
    assertThat(RankingMetrics.reciprocalRank(List.of("a", "b"), Q, 10)).isEqualTo(1.0);
  }

  @Test
  void swappedGradesCostByTheLogDiscount() {
    // DCG = 1/log2(2) + 3/log2(3); ideal = 3 + 1/log2(3).
    double dcg = 1 + 3 / (Math.log(3) / Math.log(2));
    double ideal = 3 + 1 / (Math.log(3) / Math.log(2));
    assertThat(RankingMetrics.ndcg(List.of("b", "a"), Q, 10)).isCloseTo(dcg / ideal, within(1e-9));
  }

  @Test
  void aRelevantDocumentBelowTheCutCountsForNothing() {
    assertThat(RankingMetrics.ndcg(List.of("c", "d", "a"), Q, 2)).isZero();
    assertThat(RankingMetrics.reciprocalRank(List.of("c", "d", "a"), Q, 2)).isZero();
    assertThat(RankingMetrics.reciprocalRank(List.of("c", "b"), Q, 10)).isEqualTo(0.5);
  }

  @Test
  void aQueryWithoutRelevantDocumentsScoresZero() {
    JudgedQuery none = new JudgedQuery("q2", "tune", "topic", "x", "need", Map.of());
    assertThat(RankingMetrics.ndcg(List.of("a"), none, 10)).isZero();
  }
}
