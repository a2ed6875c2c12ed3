package vanban.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vanban.json.Json;
import vanban.model.DocumentMetadata;

/** Prints the citations of every corpus file; run with {@code -Dprint.citations=true}. */
class PrintCitationsTest {
  @Test
  @EnabledIfSystemProperty(named = "print.citations", matches = "true")
  void print() throws Exception {
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.sorted().toList()) {
        String text = CorpusText.normalized(f);
        System.out.println("=== " + f);
        for (var c : new CitationExtractor().extract(text, DocumentMetadata.empty())) {
          System.out.println(Json.compact(c));
        }
      }
    }
  }
}
