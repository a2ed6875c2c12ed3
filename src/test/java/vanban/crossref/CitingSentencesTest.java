package vanban.crossref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vanban.model.Span;

class CitingSentencesTest {
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
