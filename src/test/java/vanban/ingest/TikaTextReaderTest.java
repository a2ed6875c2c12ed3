package vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaTextReaderTest {
  @TempDir Path dir;

  @Test
  void cutsTextAtTheWriteLimitAndSaysSo() throws Exception {
    Path docx =
        FormatFixtures.writeDocx(dir, "long", "Kính gửi: các sở, ban, ngành\nĐề nghị thực hiện");

    TikaTextReader.Extracted cut = new TikaTextReader(10).read(docx, "docx");
    TikaTextReader.Extracted whole = new TikaTextReader(1000).read(docx, "docx");

    assertThat(cut.truncated()).isTrue();
    assertThat(cut.text()).hasSizeLessThanOrEqualTo(10).isEqualTo("Kính gửi: ");
    assertThat(whole.truncated()).isFalse();
    assertThat(whole.text()).isEqualTo("Kính gửi: các sở, ban, ngành\nĐề nghị thực hiện\n");
  }

  @Test
  void shortensACauseToOneLine() {
    Exception e =
        new IllegalStateException(
            "outer",
            new java.io.IOException("Error: End-of-File,\n  expected line at offset 1234"));

    assertThat(TikaTextReader.shortCause(e))
        .isEqualTo("Error: End-of-File, expected line at offset 1234");
    assertThat(TikaTextReader.shortCause(new RuntimeException("x".repeat(300))))
        .hasSize(120)
        .endsWith("...");
    assertThat(TikaTextReader.shortCause(new NullPointerException()))
        .isEqualTo("NullPointerException");
  }
}
