package vanban.lexicon;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnam's provinces and centrally governed cities, from {@code provinces.tsv}: the 63 units in
 * force until 2025, their aliases, and the 2025 mergers (DOMAIN.md §7).
 *
 * <p>Lookup accepts any alias with or without its unit word ({@code tỉnh Bắc Ninh}, {@code TP. Hồ
 * Chí Minh}), in any case, with or without diacritics ({@code thua thien hue}).
 */
public final class Provinces {
  /**
   * One province or centrally governed city.
   *
   * @param name its name without the unit word ({@code Thừa Thiên Huế})
   * @param unit {@code tỉnh} or {@code thành phố}
   * @param aliases other ways texts write it
   * @param successions from each date, the name of the unit it is part of ({@code 2025-07-01 → Bắc
   *     Ninh} for Bắc Giang)
   * @param unitRequired whether running text names it only after a unit word ({@code Hồ Chí Minh}
   *     alone is the person)
   */
  public record Province(
      String name,
      String unit,
      List<String> aliases,
      NavigableMap<LocalDate, String> successions,
      boolean unitRequired) {
    public Province {
      aliases = List.copyOf(aliases);
      successions = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(successions));
    }
  }

  /** A province named in a text, with its place. */
  public record Mention(Province province, int start, int end, String asWritten) {}

  /** Unit words that may precede a name: {@code tỉnh}, {@code thành phố}, {@code TP.}. */
  private static final Pattern UNIT_PREFIX =
      Pattern.compile("^(?:tinh|thanh pho|tp\\.?|t\\.p\\.?)\\s*", Pattern.CASE_INSENSITIVE);

  /** A unit word just before a mention: {@code tỉnh }, {@code thành phố }, {@code TP. }. */
  private static final Pattern UNIT_BEFORE =
      Pattern.compile(
          "(?:tỉnh|thành phố|tp\\.?|t\\.p\\.?)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Provinces INSTANCE = new Provinces();

  private final List<Province> all = new ArrayList<>();
  private final Map<String, Province> byKey = new LinkedHashMap<>();
  private final Pattern mentionPattern;

  private Provinces() {
    List<String> written = new ArrayList<>();
    for (String[] row : TsvResource.rows("/vanban/lexicon/provinces.tsv")) {
      List<String> aliases = new ArrayList<>();
      if (row.length > 2 && !row[2].isBlank()) {
        for (String a : row[2].split("\\|")) {
          aliases.add(a.strip());
        }
      }
      NavigableMap<LocalDate, String> successions = new TreeMap<>();
      if (row.length > 3 && !row[3].isBlank()) {
        for (String s : row[3].split(";")) {
          String[] kv = s.split("=", 2);
          successions.put(LocalDate.parse(kv[0].strip()), kv[1].strip());
        }
      }
      boolean unitRequired = row.length > 4 && "unit-required".equals(row[4]);
      Province p = new Province(row[0], row[1], aliases, successions, unitRequired);
      all.add(p);
      byKey.putIfAbsent(key(p.name()), p);
      written.add(p.name());
      for (String a : aliases) {
        byKey.putIfAbsent(key(a), p);
        if (!a.equals(a.toUpperCase(Locale.ROOT))) {
          written.add(a);
        }
      }
    }
    written.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternatives = new StringBuilder();
    for (String w : written) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(w));
    }
    mentionPattern =
        Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  public static Provinces get() {
    return INSTANCE;
  }

  /** Every province, in the order of the data file (the 63, then units created in 2025). */
  public List<Province> all() {
    return List.copyOf(all);
  }

  /**
   * The province {@code name} denotes: its name or an alias, optionally after {@code tỉnh}, {@code
   * thành phố} or {@code TP.}, compared case-, accent- and punctuation-insensitively.
   */
  public Optional<Province> lookup(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String folded = fold(name).strip();
    Province p = byKey.get(compact(folded));
    if (p == null) {
      p = byKey.get(compact(UNIT_PREFIX.matcher(folded).replaceFirst("")));
    }
    return Optional.ofNullable(p);
  }

  /**
   * The name of the unit that {@code name} is part of on {@code date}: itself before any change,
   * {@code Huế} for Thừa Thiên Huế from 2025-01-01, {@code Bắc Ninh} for Bắc Giang from 2025-07-01.
   * Empty when {@code name} is no province.
   */
  public Optional<String> current(String name, LocalDate date) {
    Optional<Province> found = lookup(name);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Province p = found.get();
    for (int hops = 0; hops < 8; hops++) {
      Map.Entry<LocalDate, String> change = p.successions().floorEntry(date);
      if (change == null) {
        break;
      }
      Optional<Province> next = lookup(change.getValue());
      if (next.isEmpty() || next.get() == p) {
        return Optional.of(change.getValue());
      }
      p = next.get();
    }
    return Optional.of(p.name());
  }

  /**
   * Every mention of a province written as a proper name ({@code Hà Tĩnh}, not {@code hà tĩnh} or
   * {@code HÀ TĨNH}), in text order; a lower-case phrase such as {@code hòa bình} is no mention.
   */
  public List<Mention> find(CharSequence text) {
    List<Mention> out = new ArrayList<>();
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    Matcher m = mentionPattern.matcher(nfc);
    while (m.find()) {
      Province p = lookup(m.group()).orElseThrow();
      if (p.unitRequired() && !hasUnitBefore(nfc, m.start())) {
        continue;
      }
      out.add(new Mention(p, m.start(), m.end(), m.group()));
    }
    return out;
  }

  /**
   * Whether a unit word ({@code tỉnh}, {@code thành phố}, {@code TP.}) ends just before {@code at}.
   */
  public static boolean hasUnitBefore(CharSequence text, int at) {
    int from = Math.max(0, at - 12);
    return UNIT_BEFORE.matcher(text.subSequence(from, at)).find();
  }

  private static String fold(String s) {
    return DocumentTypes.key(Normalizer.normalize(s, Normalizer.Form.NFC));
  }

  private static String key(String s) {
    return compact(fold(s));
  }

  /** Letters and digits only, so {@code Bà Rịa - Vũng Tàu} and {@code BaRiaVungTau} meet. */
  private static String compact(String folded) {
    return folded.replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
