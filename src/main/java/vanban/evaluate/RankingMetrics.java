package vanban.evaluate;

import java.util.List;

/**
 * The ranking figures of {@code vanban evaluate-search}, on graded judgments (0, 1, 2).
 *
 * <p>nDCG@k gains {@code 2^grade − 1} at rank {@code i} discounted by {@code log2(i + 1)}, over
 * the same of the ideal order of every graded document; MRR@k is {@code 1 / rank} of the first
 * document graded 1 or 2 in the top {@code k}, 0 when there is none.
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  /** nDCG at {@code k} of {@code ranked} file names; 0 when the query has no relevant document. */
  public static double ndcg(List<String> ranked, JudgedQuery q, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(q.grade(ranked.get(i))) / log2(i + 2);
    }
    List<Integer> ideal = q.grades().values().stream().sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** Reciprocal rank of the first relevant file name in the top {@code k} of {@code ranked}. */
  public static double reciprocalRank(List<String> ranked, JudgedQuery q, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (q.grade(ranked.get(i)) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double gain(int grade) {
    return (1 << grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
