package vanban.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.index.DocumentIndexer;
import vanban.index.FileStamp;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;

class DiacriticRestorerTest {
  @TempDir Path dir;

  @Test
  void generatesEveryAccentedSpellingTheExactFieldCouldHold() {
    List<String> forms = DiacriticRestorer.forms("co");
    assertThat(forms).contains("co", "có", "cò", "cỏ", "cõ", "cọ", "cơ", "cớ", "cờ", "cổ", "cộ");
    assertThat(DiacriticRestorer.forms("duong")).contains("đường", "dương", "đương");
    // The index folds tone placement to the first vowel of an open oa/oe/uy: hóa, not hoá.
    assertThat(DiacriticRestorer.forms("hoa")).contains("hóa").doesNotContain("hoá");
  }

  @Test
  void restoresByTheCorpusPairsNotByEachSyllableAlone() throws Exception {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      String[] texts = {
        "Bố trí đủ biên chế giáo viên cho các trường. Bộ Tài chính bố trí kinh phí.",
        "Bộ Nội vụ, Bộ Tài chính, Bộ Công an hướng dẫn. Bộ trưởng các bộ.",
        "Bố trí đủ giáo viên. Dự kiến biên chế năm sau.",
      };
      for (int i = 0; i < texts.length; i++) {
        ExtractionRecord r =
            new ExtractionRecord(
                "d" + i, "h" + i, DocumentMetadata.empty(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), "vi");
        indexer.upsert(r, texts[i], new FileStamp(0, 0, "h" + i));
      }
      indexer.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      DiacriticRestorer restorer = new DiacriticRestorer(reader);
      // bo alone is most often Bộ here; before "tri" it is bố.
      assertThat(restorer.restore("bo tri du bien che giao vien")).contains("bố trí đủ biên chế giáo viên");
      assertThat(restorer.restore("bo tai chinh")).contains("bộ tài chính");
      assertThat(restorer.restore("bố trí")).isEmpty();
      assertThat(restorer.restore("UBND xyz")).isEmpty();
    }
  }
}
