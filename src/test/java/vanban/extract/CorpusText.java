package vanban.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vanban.normalize.VietnameseNormalizer;

/** A corpus file as extractors receive it: the normalizer's output. */
final class CorpusText {
  private CorpusText() {}

  static String normalized(Path file) throws IOException {
    return new VietnameseNormalizer()
        .normalize(Files.readString(file, StandardCharsets.UTF_8))
        .text();
  }
}
