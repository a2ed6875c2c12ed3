package vanban.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Vietnamese family names ({@code surnames.tsv}), to mend the first word of a signer's name where
 * OCR lost its marks: {@code Nguyên Văn Long} is {@code Nguyễn Văn Long}.
 */
public final class Surnames {
  private static final Surnames INSTANCE = new Surnames();

  private final Set<String> names = new HashSet<>();

  /** Folded key → the names that fold to it (two or more: the key mends nothing). */
  private final Map<String, List<String>> byKey = new HashMap<>();

  private Surnames() {
    for (String[] row : TsvResource.rows("/vanban/lexicon/surnames.tsv")) {
      names.add(row[0]);
      byKey.computeIfAbsent(DocumentTypes.key(row[0]), k -> new ArrayList<>()).add(row[0]);
    }
  }

  public static Surnames get() {
    return INSTANCE;
  }

  /** Whether {@code word}, in any case, is a family name as printed. */
  public boolean isName(String word) {
    return names.contains(Issuers.capitalize(word.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * {@code word} mended to the family name OCR took its marks from, title-cased; {@code word}
   * itself when it is a family name as printed, folds to none or to several, or keeps a mark the
   * name does not have ({@code Tố} is not {@code Tô}).
   */
  public String mend(String word) {
    if (isName(word)) {
      return word;
    }
    List<String> candidates = byKey.get(DocumentTypes.key(word));
    if (candidates == null || candidates.size() != 1) {
      return word;
    }
    String name = candidates.get(0);
    return marksLost(word, name) ? name : word;
  }

  /** Whether every mark of each letter of {@code printed} is one of {@code name}'s letter there. */
  private static boolean marksLost(String printed, String name) {
    String p = Normalizer.normalize(printed.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFC);
    String n = Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFC);
    if (p.length() != n.length()) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      char a = p.charAt(i);
      char b = n.charAt(i);
      if (a == 'đ' && b != 'đ') {
        return false;
      }
      String marksA = marks(a);
      String marksB = marks(b);
      for (char m : marksA.toCharArray()) {
        if (marksB.indexOf(m) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static String marks(char c) {
    return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).substring(1);
  }
}
