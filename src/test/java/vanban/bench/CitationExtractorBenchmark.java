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
import vanban.extract.CitationExtractor;
import vanban.model.DocumentMetadata;

/** Time to extract the citations of the five bundled documents (normalized beforehand). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CitationExtractorBenchmark {
  private final CitationExtractor extractor = new CitationExtractor();
  private List<String> texts;

  @Setup
  public void load() {
    texts = BenchCorpus.normalized();
  }

  @Benchmark
  public void extractCorpus(Blackhole bh) {
    for (String t : texts) {
      bh.consume(extractor.extract(t, DocumentMetadata.empty()));
    }
  }

  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(new String[] {CitationExtractorBenchmark.class.getSimpleName()});
  }
}
