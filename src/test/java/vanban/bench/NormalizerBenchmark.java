package vanban.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;
import vanban.normalize.VietnameseNormalizer;

/**
 * Time to normalize the five bundled documents (all of them, one operation). Run: see
 * BENCHMARKS.md, or {@code main}.
 */
public class NormalizerBenchmark extends CorpusBenchmark {
  private final VietnameseNormalizer normalizer = new VietnameseNormalizer();

  @Override
  protected List<String> corpus() {
    return BenchCorpus.raw();
  }

  @Benchmark
  public void normalizeCorpus(Blackhole bh) {
    for (String t : texts) {
      bh.consume(normalizer.normalize(t));
    }
  }

  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(new String[] {NormalizerBenchmark.class.getSimpleName()});
  }
}
