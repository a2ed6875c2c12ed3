package vanban.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vanban.normalize.VietnameseNormalizer;

/** The bundled corpus as the microbenchmarks read it: raw texts and their normalized forms. */
final class BenchCorpus {
  private BenchCorpus() {}

  /** The raw text of every {@code corpus/*.txt}, in name order. */
  static List<String> raw() {
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      return files
          .filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .map(BenchCorpus::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("run from the project folder: " + e.getMessage(), e);
    }
  }

  /** The normalized text of every {@code corpus/*.txt}. */
  static List<String> normalized() {
    VietnameseNormalizer n = new VietnameseNormalizer();
    return raw().stream().map(t -> n.normalize(t).text()).toList();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
