package vanban.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The normalized text of each corpus file equals its golden file under
 * src/test/resources/vanban/normalize; run with -Dvanban.golden.rewrite=true to rewrite the goldens
 * (then review them by eye before committing).
 */
class NormalizerGoldenTest {
  static final Path CORPUS = Path.of("corpus");
  static final Path GOLDEN = Path.of("src/test/resources/vanban/normalize");

  static Stream<String> corpusNames() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  static String corpus(String name) throws IOException {
    return Files.readString(CORPUS.resolve(name + ".txt"), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("corpusNames")
  void matchesGolden(String name) throws IOException {
    String normalized = new VietnameseNormalizer().normalize(corpus(name)).text();
    Path golden = GOLDEN.resolve(name + ".normalized.txt");
    if (Boolean.getBoolean("vanban.golden.rewrite")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, normalized, StandardCharsets.UTF_8);
    }
    assertThat(normalized).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
