package vanban.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Issuing bodies ({@code issuers.tsv}) and signature titles ({@code titles.tsv}), and the casing
 * documents give them in running text: {@code TỈNH ỦY HÀ TĨNH} is {@code Tỉnh ủy Hà Tĩnh}.
 */
public final class Issuers {
  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * One issuing body.
   *
   * @param name its name as running text writes it ({@code Ban Thường vụ Tỉnh ủy})
   * @param code the issuer code of its number-symbols ({@code TU})
   * @param party whether it is a Party body
   * @param level {@code central}, {@code province}, {@code district}, {@code commune}, or {@code
   *     unit} (a body inside another: a department, an office)
   * @param aliases other ways texts write it ({@code UBND})
   */
  public record Issuer(
      String name, String code, boolean party, String level, List<String> aliases) {
    public Issuer {
      aliases = List.copyOf(aliases);
    }
  }

  /** An issuer found at the start of a word sequence, and how many words it took. */
  public record Found(Issuer issuer, int words) {}

  /** Administrative unit words: lower case in running text, followed by a proper name. */
  private static final List<String> UNITS =
      List.of("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn");

  /** Last words of a phrase after which unknown words are a place's proper name. */
  private static final Set<String> BEFORE_PROPER_NAME =
      Set.of("tinh", "pho", "huyen", "quan", "xa", "phuong", "tran", "uy");

  private static final int LONGEST_PHRASE = 10;

  private static final Issuers INSTANCE = new Issuers();

  private final List<Issuer> all = new ArrayList<>();
  private final Map<String, Issuer> issuerByKey = new HashMap<>();

  /** Word-key sequence → the phrase as running text cases it. */
  private final Map<String, String> phraseByKey = new HashMap<>();

  /** The same phrases by their key without spaces, for {@link #respell}. */
  private final Map<String, Phrase> phraseByJoinedKey = new HashMap<>();

  /** Those of three words or more: the only ones {@link #respell} matches with edits. */
  private final List<Phrase> fuzzyPhrases = new ArrayList<>();

  /** A known phrase for {@link #respell}: its text, its key without spaces, its words' keys. */
  private record Phrase(String text, String joined, Set<String> wordKeys) {}

  private Issuers() {
    for (String[] row : TsvResource.rows("/vanban/lexicon/issuers.tsv")) {
      List<String> aliases = new ArrayList<>();
      if (row.length > 4 && !row[4].isBlank()) {
        for (String a : row[4].split("\\|")) {
          aliases.add(a.strip());
        }
      }
      Issuer issuer = new Issuer(row[0], row[1], "party".equals(row[2]), row[3], aliases);
      all.add(issuer);
      issuerByKey.putIfAbsent(phraseKey(issuer.name()), issuer);
      phraseByKey.putIfAbsent(phraseKey(issuer.name()), issuer.name());
      for (String a : aliases) {
        issuerByKey.putIfAbsent(phraseKey(a), issuer);
        phraseByKey.putIfAbsent(phraseKey(a), issuer.name());
      }
    }
    for (String[] row : TsvResource.rows("/vanban/lexicon/titles.tsv")) {
      phraseByKey.putIfAbsent(phraseKey(row[0]), row[0]);
    }
    for (Provinces.Province p : Provinces.get().all()) {
      phraseByKey.putIfAbsent(phraseKey(p.name()), p.name());
      for (String a : p.aliases()) {
        phraseByKey.putIfAbsent(phraseKey(a), p.name());
      }
    }
    for (String unit : UNITS) {
      phraseByKey.put(phraseKey(unit), unit);
    }
    phraseByKey.forEach(
        (key, phrase) -> {
          String joined = key.replace(" ", "");
          phraseByJoinedKey.putIfAbsent(joined, new Phrase(phrase, joined, Set.copyOf(List.of(key.split(" ")))));
        });
    for (Phrase p : phraseByJoinedKey.values()) {
      if (p.wordKeys().size() >= 3) {
        fuzzyPhrases.add(p);
      }
    }
  }

  public static Issuers get() {
    return INSTANCE;
  }

  /** Every issuer, in the order of the data file. */
  public List<Issuer> all() {
    return List.copyOf(all);
  }

  /** The issuer named exactly {@code name} (any case, with or without diacritics). */
  public Optional<Issuer> byName(String name) {
    return Optional.ofNullable(issuerByKey.get(phraseKey(name)));
  }

  /**
   * The longest issuer name at the start of {@code text} ({@code ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH} → Ủy
   * ban nhân dân, 4 words); empty when it starts with none.
   */
  public Optional<Found> atStart(String text) {
    List<String> words = words(text);
    for (int n = Math.min(LONGEST_PHRASE, words.size()); n > 0; n--) {
      Issuer issuer = issuerByKey.get(wordKey(words.subList(0, n)));
      if (issuer != null) {
        return Optional.of(new Found(issuer, n));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code text}, usually in capitals, cased as running text writes it: known bodies, titles and
   * provinces as listed, unit words lower case, other words after a unit word or a Party committee
   * as proper names, the rest lower case; the first letter upper case. Examples: {@code TỈNH ỦY HÀ
   * TĨNH} → {@code Tỉnh ủy Hà Tĩnh}; {@code PHÓ BÍ THƯ THƯỜNG TRỰC} → {@code Phó Bí thư Thường
   * trực}; {@code HUYỆN ỦY CAN LỘC} → {@code Huyện ủy Can Lộc}.
   */
  public String sentenceCase(String text) {
    List<String> words = words(text);
    List<String> out = new ArrayList<>();
    boolean proper = false;
    int i = 0;
    while (i < words.size()) {
      String phrase = null;
      int taken = 0;
      for (int n = Math.min(LONGEST_PHRASE, words.size() - i); n > 0; n--) {
        String found = phraseByKey.get(wordKey(words.subList(i, i + n)));
        if (found != null) {
          phrase = found;
          taken = n;
          break;
        }
      }
      if (phrase != null) {
        out.add(phrase);
        List<String> phraseWords = words(phrase);
        proper =
            BEFORE_PROPER_NAME.contains(
                wordKey(phraseWords.subList(phraseWords.size() - 1, phraseWords.size())));
        i += taken;
      } else {
        String w = words.get(i).toLowerCase(Locale.ROOT);
        out.add(proper ? capitalize(w) : w);
        i++;
      }
    }
    return capitalize(String.join(" ", out));
  }

  /** A known phrase recognised at a position of a header line, and how many words it took. */
  private record Respelt(String phrase, int words, int keyLength, int distance) {}

  /**
   * {@code text}, the lines of a header's issuer column, with the known phrases (bodies, titles,
   * provinces, unit words) that OCR damaged written as the lexicon writes them: {@code TONG CYC
   * THUE} → {@code Tổng cục Thuế}, {@code BQ LAO DONG - - THUONG BINH VÀ XÃ HOI} → {@code Bộ Lao
   * động - Thương binh và Xã hội}, {@code BO KE HOẠCH VADAUTU} → {@code Bộ Kế hoạch và Đầu tư}.
   * Words are compared folded and without spaces, so lost spaces and tones do not count. Other
   * damage is allowed by edit distance ({@link #tolerance}) only where no phrase starts exactly, in
   * a phrase of three words or more of which at most a third are damaged, and when one phrase is
   * nearest: real words are not bent into a near name ({@code TỈNH BÌNH} is not {@code Ninh Bình},
   * {@code LAO ĐỘNG} is not {@code Lâm Đồng}). Words no phrase explains are left as they are.
   */
  public String respell(String text) {
    List<String> words = words(text);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Respelt r = respeltAt(words, i);
      if (r == null) {
        out.add(words.get(i));
        i++;
      } else {
        out.add(r.phrase());
        i += r.words();
      }
    }
    return String.join(" ", out);
  }

  /**
   * Edits allowed between a phrase's key ({@code tongcucthue}) and OCR'd words: one up to 12
   * letters, two up to 20, then three.
   */
  static int tolerance(int keyLength) {
    return keyLength <= 12 ? 1 : keyLength <= 20 ? 2 : 3;
  }

  /**
   * The phrase that words from {@code from} spell: the longest exact one, else the longest within
   * its tolerance (the nearest of those); {@code null} when none, or when two phrases are as near.
   */
  private Respelt respeltAt(List<String> words, int from) {
    Respelt exact = null;
    Respelt fuzzy = null;
    boolean tie = false;
    StringBuilder key = new StringBuilder();
    List<String> windowWords = new ArrayList<>();
    int last = Math.min(LONGEST_PHRASE, words.size() - from);
    for (int n = 1; n <= last; n++) {
      String wordKey = NOT_WORD.matcher(DocumentTypes.key(words.get(from + n - 1))).replaceAll("");
      if (n == 1 && wordKey.isEmpty()) {
        return null;
      }
      key.append(wordKey);
      windowWords.add(wordKey);
      Phrase found = phraseByJoinedKey.get(key.toString());
      if (found != null) {
        exact = new Respelt(found.text(), n, found.joined().length(), 0);
      }
    }
    if (exact != null) {
      return exact;
    }
    key.setLength(0);
    for (int n = 1; n <= last; n++) {
      key.append(windowWords.get(n - 1));
      String window = key.toString();
      for (Phrase p : fuzzyPhrases) {
        int allowed = tolerance(p.joined().length());
        if (Math.abs(p.joined().length() - window.length()) > allowed
            || 3 * damaged(p, windowWords.subList(0, n)) > p.wordKeys().size()) {
          continue;
        }
        int d = new LevenshteinDistance(allowed).apply(window, p.joined());
        if (d < 0) {
          continue;
        }
        Respelt r = new Respelt(p.text(), n, p.joined().length(), d);
        if (fuzzy == null
            || r.keyLength() > fuzzy.keyLength()
            || (r.keyLength() == fuzzy.keyLength() && r.distance() < fuzzy.distance())) {
          fuzzy = r;
          tie = false;
        } else if (r.keyLength() == fuzzy.keyLength()
            && r.distance() == fuzzy.distance()
            && !r.phrase().equals(fuzzy.phrase())) {
          tie = true;
        }
      }
    }
    return tie ? null : fuzzy;
  }

  /** How many of a phrase's words the window does not hold as they are. */
  private static int damaged(Phrase p, List<String> windowWords) {
    int missing = 0;
    for (String w : p.wordKeys()) {
      if (!windowWords.contains(w)) {
        missing++;
      }
    }
    return missing;
  }

  /** {@code text} with its first letter upper case. */
  public static String capitalize(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new String(Character.toChars(Character.toUpperCase(first)))
        + text.substring(Character.charCount(first));
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String phraseKey(String phrase) {
    return wordKey(words(phrase));
  }

  /** Words folded ({@link DocumentTypes#key}) with their punctuation dropped, space-joined. */
  private static String wordKey(List<String> words) {
    List<String> keys = new ArrayList<>();
    for (String w : words) {
      String k = NOT_WORD.matcher(DocumentTypes.key(w)).replaceAll("");
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    return String.join(" ", keys);
  }
}
