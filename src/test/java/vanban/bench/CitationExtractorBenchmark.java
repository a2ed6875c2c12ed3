package vanban.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;
import vanban.extract.CitationExtractor;
import vanban.model.DocumentMetadata;

/** Time to extract the citations of the five bundled documents (normalized beforehand). */
public class CitationExtractorBenchmark extends CorpusBenchmark {
  private final CitationExtractor extractor = new CitationExtractor();

  @Override
  protected List<String> corpus() {
    return BenchCorpus.normalized();
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
