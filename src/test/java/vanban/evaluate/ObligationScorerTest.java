package vanban.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vanban.model.Obligation;

class ObligationScorerTest {

  private static Obligation found(String modality, String actor, String text, String frequency) {
    return new Obligation(
        modality, actor, text, text, null, frequency, null, null, List.of("reporting"), null);
  }

  @Test
  void matchesByWordsAndScoresTheMatchedPairs() {
    var want =
        List.of(
            new GoldDocument.GoldObligation(
                "Định kỳ hằng quý báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nội vụ).",
                "must",
                "Các sở, ban, ngành",
                "quarterly",
                null,
                "UBND tỉnh",
                List.of("reporting")),
            new GoldDocument.GoldObligation(
                "Không được sử dụng rượu, bia trong giờ làm việc.",
                "must-not",
                "cán bộ, công chức",
                null,
                null,
                null,
                List.of("alcohol")));
    var got =
        List.of(
            found(
                "must",
                "các sở, ban, ngành",
                "- Định kỳ hằng quý báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nội vụ)",
                "quarterly"),
            found("must", null, "Sở Khoa học", null),
            found("must", null, "TTHC.", null));
    ObligationScorer s = new ObligationScorer();
    s.score("a.txt", want, got);
    Evaluation.ObligationScore r = s.result();
    assertThat(r.gold()).isEqualTo(2);
    assertThat(r.found()).isEqualTo(3);
    assertThat(r.matched()).isEqualTo(1);
    assertThat(r.modality()).isEqualTo(1);
    assertThat(r.actor()).isEqualTo(1);
    assertThat(r.frequency()).isEqualTo(1);
    assertThat(r.reportTo()).isEqualTo(0);
    assertThat(r.themeF1()).isEqualTo(1.0);
    assertThat(r.fragments()).isEqualTo(2);
    assertThat(s.misses)
        .extracting(Evaluation.Miss::toString)
        .contains("a.txt: obligation want Không được sử dụng rượu, bia trong giờ làm việc. got -");
  }

  @Test
  void actorsCompareAsWords() {
    assertThat(ObligationScorer.sameActor("UBND các xã, phường", "Ủy ban nhân dân các xã phường"))
        .isTrue();
    assertThat(ObligationScorer.sameActor("Sở Nội vụ", "Sở Tài chính")).isFalse();
  }
}
