package vanban.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every microbenchmark over the bundled corpus shares (the annotations are inherited):
 * one operation is the whole corpus, in microseconds. Subclasses say which texts they read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class CorpusBenchmark {
  /** The texts one operation goes through, read once before measuring. */
  protected List<String> texts;

  /** The texts to read: {@link BenchCorpus#raw} or {@link BenchCorpus#normalized}. */
  protected abstract List<String> corpus();

  @Setup
  public void load() {
    texts = corpus();
  }
}
