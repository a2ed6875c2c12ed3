package vanban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code actor-kinds.tsv} and {@link ActorKinds}: the organisation an actor is. */
class ActorKindsTest {
  private final ActorKinds kinds = ActorKinds.get();

  @Test
  void everyRowsExampleIsOfItsKind() {
    assertThat(kinds.kinds()).hasSizeGreaterThan(10);
    kinds.kinds().forEach(k -> assertThat(kinds.of(k.example())).as(k.example()).isEqualTo(k.id()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the lead body named first decides; the longest cue at the same place
        "Sở Nội vụ chủ trì, UBND các huyện | department",
        "Chủ tịch UBND các huyện, thị xã, thành phố | district-committee",
        "Chủ tịch Ủy ban nhân dân tỉnh | provincial-committee",
        "Ban Tổ chức Tỉnh ủy | party-board",
        "Các cấp ủy, tổ chức đảng | party-committee",
        "Các tổ chức thành viên của MTTQ Việt Nam phường | front-unions",
        "Thủ trưởng các cơ quan, đơn vị | office-holder",
        "UBND các xã, phường, thị trấn | commune-committee",
        "Uỷ ban nhân dân các huyện | district-committee",
        "Công an tỉnh | police-military",
        "Trưởng ban bầu cử | election-body",
        "Quỹ phòng, chống tội phạm | other",
      })
  void anActorIsTheKindOfItsLeadBody(String actor, String kind) {
    assertThat(kinds.of(actor)).isEqualTo(kind);
  }

  @Test
  void noActorHasNoKind() {
    assertThat(kinds.of(null)).isNull();
    assertThat(kinds.of(" ")).isNull();
  }
}
