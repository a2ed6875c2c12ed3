package vanban.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vanban.normalize.VietnameseNormalizer;

/**
 * Time to normalize the five bundled documents (all of them, one operation). Run: see
 * BENCHMARKS.md, or {@code main}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizerBenchmark {
  private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
  private List<String> texts;

  @Setup
  public void load() {
    texts = BenchCorpus.raw();
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
