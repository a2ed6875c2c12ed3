package vanban.crossref;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vanban.model.Citation;
import vanban.model.Span;
import vanban.pipeline.Pipeline;
import vanban.pipeline.ProcessedDocument;
import vanban.segment.SentenceSegmenter;
import vanban.segment.TextUnit;

class CitingSentencesTest {
  /** Segmenting only the citing lines gives what segmenting the whole text gives. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "000_39bb060388cc8e2c.txt", "001_7e46c23dc3c449d0.txt", "002_32a9d00d5bf9aa29.txt",
        "003_76f068a2d90d213c.txt", "004_9eae9ce46508e63c.txt"
      })
  void citingLinesAloneGiveTheWholeTextsSentences(String name) throws Exception {
    ProcessedDocument doc = new Pipeline(Pipeline.DEFAULT_MAX_BYTES).process(Path.of("corpus", name), name);
    String text = doc.text().text();
    List<TextUnit> units = new SentenceSegmenter().segment(text);
    List<Citation> citations = doc.record().citations();
    assertThat(citations).isNotEmpty();
    List<CitingSentences.Sentence> expected =
        citations.stream()
            .map(c -> c.span() == null ? CitingSentences.asWritten(c) : CitingSentences.around(c.span(), units, text))
            .toList();
    assertThat(CitingSentences.of(citations, text)).isEqualTo(expected);
  }

  @Test
  void storedFormReadsBackAsWritten() {
    List<CitingSentences.Sentence> sentences =
        List.of(
            new CitingSentences.Sentence(
                "Thực hiện \"Chỉ thị số 26/CT-TTg\" ngày 05/9/2016 \\ của Thủ tướng;", new Span(10, 32)),
            new CitingSentences.Sentence("", new Span(0, 0)));
    String stored = CitingSentences.encode(sentences);
    assertThat(CitingSentences.decode(stored)).isEqualTo(sentences);
    assertThat(CitingSentences.decode(CitingSentences.encode(List.of()))).isEmpty();
  }
}
