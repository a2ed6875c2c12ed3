package vanban.extract;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vanban.normalize.VietnameseNormalizer;
import vanban.structure.StructureParser;

/** Odd input is data: cut and shuffled seeds never make the extractor throw. */
class ObligationRobustnessTest {
  @Test
  void prefixesAndShuffledLinesOfTheSeeds() throws Exception {
    Random random = new Random(20261122L);
    ObligationExtractor extractor = new ObligationExtractor();
    StructureParser parser = new StructureParser();
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = new VietnameseNormalizer().normalize(Files.readString(f)).text();
        for (int i = 0; i < 15; i++) {
          String cut = text.substring(0, random.nextInt(text.length() + 1));
          assertThatCode(() -> extractor.extract(cut, parser.parse(cut)))
              .as(f + " cut")
              .doesNotThrowAnyException();
          java.util.List<String> lines = new java.util.ArrayList<>(cut.lines().toList());
          java.util.Collections.shuffle(lines, random);
          String shuffled = String.join("\n", lines);
          assertThatCode(() -> extractor.extract(shuffled, parser.parse(shuffled)))
              .as(f + " shuffled")
              .doesNotThrowAnyException();
        }
      }
    }
    for (String odd :
        new String[] {
          ":",
          "1.",
          "- ",
          "yêu cầu:\n1. Giao",
          "yêu cầu:\n- Tuyệt đối không",
          "yêu cầu:\n1. báo cáo"
        }) {
      assertThatCode(() -> extractor.extract(odd, parser.parse(odd)))
          .as(odd)
          .doesNotThrowAnyException();
    }
  }
}
