package vanban.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verbs of action of {@code action-verbs.txt}: a unit of obligation names something to be done,
 * so it holds one of them. Lower case anywhere in a unit, or capitalised as its first word ({@code
 * Xây dựng kế hoạch …}); capitalised inside a line a verb is part of a name ({@code Sở Xây dựng}).
 */
final class ActionVerbs {
  private static final Pattern ANYWHERE;
  private static final Pattern FIRST;
  // Only verbs of two words or more end a subject: one-word ones are as often nouns or parts of a
  // name ("Người đứng đầu cấp ủy", "Ban Thường vụ thu …").
  private static final Pattern SUBJECT_END;

  static {
    List<String> verbs = new ArrayList<>();
    for (String[] row : RelationCues.rows("/vanban/extract/action-verbs.txt")) {
      verbs.add(row[0].strip().replace(" ", "\\s+"));
    }
    String alternatives = String.join("|", verbs);
    String compounds =
        String.join("|", verbs.stream().filter(v -> v.contains("\\s+")).toList());
    SUBJECT_END =
        Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + compounds + ")(?![\\p{L}\\p{N}])");
    ANYWHERE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    FIRST =
        Pattern.compile(
            "^[\\p{Punct}\\p{N}\\s]*(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * Words after which a verb is a noun: a determiner or a bare head ({@code Các tổ chức}, {@code Đoàn
   * kiểm tra}), or a noun it qualifies ({@code lĩnh vực giám sát}, {@code công tác tuyên truyền}).
   */
  private static final Pattern NOMINAL_BEFORE =
      Pattern.compile(
          "(?:^|\\s)(?:các|những|mỗi|một|đoàn|tổ|ban|hội|lĩnh\\s+vực|công\\s+tác|việc|về|nhiệm\\s+vụ|hoạt"
              + "\\s+động|của|và|trong|cho|phục\\s+vụ|đối\\s+với|chuyên\\s+trách|có\\s+nhiệm\\s+vụ|được\\s+giao)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ActionVerbs() {}

  /**
   * Where the first lower-case verb of {@code s} that can end a subject starts after {@code from},
   * or -1. A verb right after a comma is a list's next noun ({@code Các cấp ủy, tổ chức Đảng}), and
   * one before a capitalised word is part of a name ({@code tổ chức Đảng}, {@code cơ quan Nhà
   * nước}).
   */
  static int first(String s, int from) {
    Matcher m = SUBJECT_END.matcher(s);
    int at = from;
    while (at <= s.length() && m.find(at)) {
      // Only the few words before the verb and the first letter after it decide.
      String before = s.substring(Math.max(0, m.start() - 24), m.start()).stripTrailing();
      int next = m.end();
      while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
        next++;
      }
      boolean listed = before.endsWith(",") || NOMINAL_BEFORE.matcher(before).find();
      boolean named = next < s.length() && Character.isUpperCase(s.codePointAt(next));
      if (!listed && !named) {
        return m.start();
      }
      at = m.end();
    }
    return -1;
  }

  /** Whether {@code unit} names an action. */
  static boolean in(String unit) {
    return FIRST.matcher(unit).find() || ANYWHERE.matcher(unit).find();
  }
}
