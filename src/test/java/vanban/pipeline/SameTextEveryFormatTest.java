package vanban.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.ingest.FormatFixtures;

/**
 * A seed document delivered as .html, .docx, .doc or .pdf reads as the same normalized text as
 * its .txt, apart from layout (where lines break).
 */
class SameTextEveryFormatTest {
  private static final Path SEED = Path.of("corpus/001_7e46c23dc3c449d0.txt");

  @TempDir Path dir;

  private static List<String> words(ProcessedDocument doc) {
    return Arrays.asList(doc.text().text().strip().split("\\s+"));
  }

  private static ProcessedDocument process(Path file) throws Exception {
    return new Pipeline(Pipeline.DEFAULT_MAX_BYTES).process(file, Pipeline.sourceName(file));
  }

  @Test
  void htmlDocxPdfAndDocReadAsTheTxt() throws Exception {
    String text = Files.readString(SEED);
    ProcessedDocument txt = process(SEED);
    List<Path> copies =
        List.of(
            FormatFixtures.writeHtml(dir, "seed", text),
            FormatFixtures.writeDocx(dir, "seed", text),
            FormatFixtures.writePdf(dir, "seed", text),
            Path.of("src/test/resources/vanban/ingest/corpus-001.doc"));
    for (Path copy : copies) {
      ProcessedDocument doc = process(copy);
      assertThat(words(doc)).as(copy.getFileName().toString()).isEqualTo(words(txt));
      assertThat(doc.record().document()).as(copy.getFileName().toString())
          .isEqualTo(txt.record().document());
      assertThat(doc.record().citations().stream().map(c -> c.symbol()).toList())
          .as(copy.getFileName().toString())
          .isEqualTo(txt.record().citations().stream().map(c -> c.symbol()).toList());
    }
  }
}
