package vanban.bench;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.Blackhole;
import vanban.index.IndexFields;

/** Time to analyze the five bundled documents with the exact or the folded text analyzer. */
public class AnalyzerBenchmark extends CorpusBenchmark {
  @Param({IndexFields.TEXT, IndexFields.TEXT_FOLDED})
  public String field;

  private final Analyzer analyzer = IndexFields.analyzer();

  @Override
  protected List<String> corpus() {
    return BenchCorpus.normalized();
  }

  @Benchmark
  public void analyzeCorpus(Blackhole bh) throws IOException {
    for (String t : texts) {
      try (TokenStream ts = analyzer.tokenStream(field, t)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          bh.consume(term.length());
        }
        ts.end();
      }
    }
  }

  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(new String[] {AnalyzerBenchmark.class.getSimpleName()});
  }
}
