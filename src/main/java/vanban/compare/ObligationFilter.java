package vanban.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vanban.lexicon.DocumentTypes;
import vanban.lexicon.Provinces;

/**
 * Which obligations a user asks for; a null criterion accepts everything.
 *
 * @param province a province name or alias ({@code Ha Tinh}, {@code Huế}), matched through the
 *     province table, accents optional; a unit formed by a merger includes its predecessors ({@code
 *     Huế} finds Thừa Thiên Huế's documents, {@code Bắc Ninh} Bắc Giang's)
 * @param theme a theme id ({@code alcohol})
 * @param modality {@code must}, {@code must-not}, {@code responsible} or {@code encouraged}
 * @param actor words the actor must contain, case and accents optional
 */
public record ObligationFilter(String province, String theme, String modality, String actor) {

  /** Accepts everything. */
  public static ObligationFilter all() {
    return new ObligationFilter(null, null, null, null);
  }

  public boolean test(SourcedObligation o) {
    if (province != null && !sameProvince(province, o.province())) {
      return false;
    }
    if (theme != null && !o.obligation().themes().contains(theme.strip())) {
      return false;
    }
    if (modality != null && !modality.strip().equalsIgnoreCase(o.obligation().modality())) {
      return false;
    }
    if (actor != null
        && (o.obligation().actor() == null
            || !fold(o.obligation().actor()).contains(fold(actor)))) {
      return false;
    }
    return true;
  }

  /** The obligations of {@code all} this filter accepts, in their order. */
  public List<SourcedObligation> apply(List<SourcedObligation> all) {
    return all.stream().filter(this::test).toList();
  }

  /**
   * Whether the user's {@code asked} names {@code recorded}: the same province, or the same folded
   * words.
   */
  public static boolean sameProvince(String asked, String recorded) {
    if (recorded == null) {
      return false;
    }
    Optional<Provinces.Province> a = Provinces.get().lookup(asked);
    Optional<Provinces.Province> r = Provinces.get().lookup(recorded);
    if (a.isPresent() && r.isPresent()) {
      // Asking for today's unit includes the provinces merged into it (Huế ⊇ Thừa Thiên Huế).
      String today = Provinces.get().current(r.get().name(), LocalDate.MAX).orElse(r.get().name());
      return a.get().name().equals(r.get().name()) || a.get().name().equals(today);
    }
    return fold(asked).equals(fold(recorded));
  }

  /** Lower case without diacritics, {@code đ} as {@code d}, spaces collapsed. */
  static String fold(String s) {
    return DocumentTypes.key(s);
  }
}
