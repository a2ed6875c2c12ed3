package vanban.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vanban.lexicon.DocumentTypes;
import vanban.lexicon.IssuerCodes;
import vanban.lexicon.NumberSymbol;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;

/**
 * Fills {@link Citation#resolvedTo()} for cited instruments that are documents of the corpus
 * (DOMAIN.md §3, last shape).
 *
 * <p>An instrument is a corpus document by identity — same symbol key, same scope (the document's
 * province for a local issuer), same year when both are known — or, when the corpus document's
 * header lacks its number, by description: same type, same province, a compatible issuer and date,
 * and a title that is the document's subject (word overlap, accents folded). 000 cites {@code Kết
 * luận số 29-KL/TU} of Hà Tĩnh's Ban Thường vụ "về tiếp tục siết chặt …", which is 004, a Kết luận
 * of Hà Tĩnh's Ban Thường vụ whose header has no number. All mentions of one instrument in a record
 * resolve together, so an anaphoric {@code Kết luận} follows the mention that carries the title. A
 * document never resolves a citation to itself; an ambiguous description resolves to nothing.
 */
public final class CitationResolver {
  /** How much of the shorter word set of title and subject the other must hold. */
  private static final double MIN_TITLE_OVERLAP = 0.8;

  private static final Set<String> TITLE_NOISE = Set.of("ve", "viec", "v/v", "v", "cua", "va");

  private CitationResolver() {}

  /**
   * The corpus with every citation that names a corpus document resolved to its source, and
   * every other citation unresolved — whatever it was resolved to before, since the document it
   * pointed to may have left the corpus.
   */
  public static List<ExtractionRecord> resolve(List<ExtractionRecord> corpus) {
    List<ExtractionRecord> out = new ArrayList<>();
    for (ExtractionRecord r : corpus) {
      Map<String, List<Integer>> groups = new LinkedHashMap<>();
      List<Citation> cites = r.citations();
      for (int i = 0; i < cites.size(); i++) {
        String id = identity(cites.get(i));
        if (id != null) {
          groups.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
        }
      }
      Citation[] resolved = new Citation[cites.size()];
      for (int i = 0; i < cites.size(); i++) {
        resolved[i] = cites.get(i).withResolvedTo(null);
      }
      for (List<Integer> group : groups.values()) {
        List<Citation> mentions = group.stream().map(cites::get).toList();
        String target = resolveInstrument(mentions, r, corpus);
        for (int i : group) {
          resolved[i] = cites.get(i).withResolvedTo(target);
        }
      }
      out.add(r.withCitations(List.of(resolved)));
    }
    return List.copyOf(out);
  }

  private static String identity(Citation c) {
    if (c.symbol() != null) {
      return NumberSymbol.keyOf(c.symbol()) + "|" + fold(c.scope()) + "|" + c.year();
    }
    return c.name() == null ? null : "name:" + fold(c.name());
  }

  private static String resolveInstrument(
      List<Citation> mentions, ExtractionRecord citing, List<ExtractionRecord> corpus) {
    Citation c = mentions.get(0);
    if (c.symbol() == null) {
      return null;
    }
    List<ExtractionRecord> byIdentity = new ArrayList<>();
    for (ExtractionRecord doc : corpus) {
      DocumentMetadata m = doc.document();
      if (doc.source().equals(citing.source()) || m == null || m.symbol() == null) {
        continue;
      }
      if (NumberSymbol.keyOf(m.symbol()).equals(NumberSymbol.keyOf(c.symbol()))
          && scopeMatches(c, m, true)
          && yearMatches(c, m)) {
        byIdentity.add(doc);
      }
    }
    if (byIdentity.size() == 1) {
      return byIdentity.get(0).source();
    }
    if (byIdentity.size() > 1) {
      return null;
    }
    String best = null;
    double bestScore = 0;
    boolean tie = false;
    List<String> sameDate = new ArrayList<>();
    for (ExtractionRecord doc : corpus) {
      DocumentMetadata m = doc.document();
      if (doc.source().equals(citing.source()) || m == null || m.symbol() != null) {
        continue;
      }
      if (!typeMatches(c, m)
          || !scopeMatches(c, m, false)
          || !issuerMatches(c, m)
          || !dateMatches(c, m)) {
        continue;
      }
      double score = 0;
      for (Citation mention : mentions) {
        score = Math.max(score, titleOverlap(mention.title(), m.subject()));
        if (mention.date() != null && mention.date().equals(m.date())) {
          sameDate.add(doc.source());
        }
      }
      if (score >= MIN_TITLE_OVERLAP) {
        if (score > bestScore) {
          best = doc.source();
          bestScore = score;
          tie = false;
        } else if (score == bestScore) {
          tie = true;
        }
      }
    }
    if (best == null && sameDate.stream().distinct().count() == 1) {
      // no title to compare, but the only document of this type, issuer and province of that day
      return sameDate.get(0);
    }
    return tie ? null : best;
  }

  /**
   * A local instrument is the document of its scope's province; a national one has no province.
   * With {@code lenient}, a local citation whose scope is unknown accepts any province (the symbol
   * already matched).
   */
  private static boolean scopeMatches(Citation c, DocumentMetadata m, boolean lenient) {
    if (c.scope() != null) {
      return m.province() != null && fold(c.scope()).equals(fold(m.province()));
    }
    if (lenient) {
      return true;
    }
    String code = NumberSymbol.parse(c.symbol()).map(s -> s.issuer().split("-")[0]).orElse("");
    return m.province() == null && !IssuerCodes.get().isLocal(code);
  }

  private static boolean yearMatches(Citation c, DocumentMetadata m) {
    if (c.year() == null) {
      return true;
    }
    Integer docYear =
        m.date() != null
            ? Integer.valueOf(m.date().getYear())
            : NumberSymbol.parse(m.symbol()).map(NumberSymbol::year).orElse(null);
    return docYear == null || docYear.equals(c.year());
  }

  private static boolean typeMatches(Citation c, DocumentMetadata m) {
    if (c.typeCode() != null && m.typeCode() != null) {
      return fold(c.typeCode()).equals(fold(m.typeCode()))
          && (c.type() == null || m.type() == null || fold(c.type()).equals(fold(m.type())));
    }
    return c.type() != null && m.type() != null && fold(c.type()).equals(fold(m.type()));
  }

  /** {@code Ban Thường vụ Tỉnh ủy} is compatible with {@code Ban Thường vụ Tỉnh ủy Hà Tĩnh}. */
  private static boolean issuerMatches(Citation c, DocumentMetadata m) {
    if (c.issuer() == null || m.issuer() == null) {
      return true;
    }
    String a = fold(c.issuer());
    String b = fold(m.issuer());
    return a.contains(b) || b.contains(a);
  }

  private static boolean dateMatches(Citation c, DocumentMetadata m) {
    if (c.date() != null && m.date() != null) {
      return c.date().equals(m.date());
    }
    if (c.date() != null && m.dateNotBefore() != null) {
      return !c.date().isBefore(m.dateNotBefore());
    }
    return true;
  }

  /** Shared words over the smaller word set of the two, accents folded; 0 when either is null. */
  static double titleOverlap(String title, String subject) {
    if (title == null || subject == null) {
      return 0;
    }
    Set<String> a = words(title);
    Set<String> b = words(subject);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    double containment = (double) shared.size() / Math.min(a.size(), b.size());
    double balance = (double) Math.min(a.size(), b.size()) / Math.max(a.size(), b.size());
    return balance < 0.5 ? containment * balance * 2 : containment;
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : fold(s).split("[^\\p{L}\\p{N}/]+")) {
      if (!w.isEmpty() && !TITLE_NOISE.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static String fold(String s) {
    if (s == null) {
      return "";
    }
    return DocumentTypes.key(s);
  }
}
