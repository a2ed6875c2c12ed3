package vanban.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vanban.model.Section;
import vanban.model.Span;

/**
 * Builds the section tree of a document: header, preamble, directive part with its numbered items
 * and bullets, distribution list ({@code Nơi nhận}) and signature (DOMAIN.md §1).
 */
final class OutlineParser {

  /**
   * The line that hands over to the directive part ends with a cue and a colon: {@code … Ban Thường
   * vụ Tỉnh ủy yêu cầu:}, {@code … thực hiện nghiêm túc các nội dung sau:}, {@code … như sau:}.
   */
  private static final Pattern DIRECTIVE_CUE =
      Pattern.compile(
          "(?:yêu cầu|đề nghị|chỉ đạo|nội dung sau|như sau|sau đây|việc sau|nhiệm vụ sau|giải pháp"
              + " sau|biện pháp sau|kết luận|quyết định)\\s*:$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Cues of a preamble paragraph: results, problems, causes. */
  private static final Pattern PREAMBLE_CUE =
      Pattern.compile(
          "^(?:Tuy nhiên|Nguyên nhân|Bên cạnh|Thời gian qua|Trong thời gian qua|Những năm qua"
              + "|Trong những năm qua|Thời gian gần đây|Qua kiểm tra|Hiện nay|Ngày \\d).*");

  /** {@code 1. …}, {@code 2.1. …}, {@code 2.1 …}, {@code 3) …}: a numbered item. */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^(?:(?<multi>\\d{1,2}(?:\\.\\d{1,2})+)\\.?|(?<single>\\d{1,2})[.)])\\s+(?<text>\\S.*)$");

  /** {@code 1.4.} alone on its line, its text on the next (a layout table's number column). */
  private static final Pattern BARE_NUMBER = Pattern.compile("^(?<multi>\\d{1,2}(?:\\.\\d{1,2})+)\\.?$");

  /** {@code Điều 1. …}: an article of a quyết định or a quy chế; its clauses are numbered items. */
  private static final Pattern ARTICLE =
      Pattern.compile("^(?<label>(?:Điều|ĐIỀU)\\s+\\d{1,3})\\s*[.:]?\\s+(?<text>\\S.*)$");

  /** {@code I. …}, {@code II. …}: a part numbered in Roman numerals. */
  private static final Pattern ROMAN =
      Pattern.compile("^(?<label>[IVX]{1,5})[.)]\\s+(?<text>\\S.*)$");

  /** {@code a) …}: a lettered sub-item. */
  private static final Pattern LETTER = Pattern.compile("^(?<label>[a-zđ])\\)\\s+(?<text>\\S.*)$");

  /** {@code - …}, {@code – …}, {@code + …}, {@code • …}: a bullet. */
  private static final Pattern BULLET = Pattern.compile("^(?<label>[-–•+*])\\s*(?<text>\\S.*)$");

  static final Pattern DISTRIBUTION_HEAD = Pattern.compile("^(?:Nơi nhận|NƠI NHẬN)\\s*:?.*$");

  private OutlineParser() {}

  /** A labelled line: its kind, label, depth rank (smaller is outer), and text after the label. */
  private record Label(String kind, String label, int rank, String text) {}

  private static final class Node {
    final String kind;
    final String label;
    final String path;
    final String heading;
    final int rank;
    final int firstLine;
    int lastLine;
    final List<Node> children = new ArrayList<>();

    Node(String kind, String label, String path, String heading, int rank, int line) {
      this.kind = kind;
      this.label = label;
      this.path = path;
      this.heading = heading;
      this.rank = rank;
      this.firstLine = line;
      this.lastLine = line;
    }

    Section toSection(List<Line> lines) {
      List<Section> kids = new ArrayList<>();
      for (Node c : children) {
        kids.add(c.toSection(lines));
      }
      Span span = new Span(lines.get(firstLine).start(), lines.get(lastLine).end());
      return new Section(kind, label, path, heading, span, kids);
    }
  }

  /**
   * The outline of {@code lines}: the header is {@code [0, headerEnd)}, the body runs to {@code
   * bodyEnd}, the distribution list is {@code [distribution, distributionEnd)} (or {@code -1}), the
   * signature is {@code [signatureFirst, signatureLast]} (or {@code -1}).
   */
  static List<Section> build(
      List<Line> lines,
      int headerEnd,
      int bodyEnd,
      int distribution,
      int distributionEnd,
      int signatureFirst,
      int signatureLast) {
    List<Section> out = new ArrayList<>();
    if (headerEnd > 0) {
      out.add(part("header", lines, 0, headerEnd - 1));
    }
    if (bodyEnd > headerEnd) {
      int directive = directiveStart(lines, headerEnd, bodyEnd);
      if (directive > headerEnd) {
        out.add(tree("preamble", lines, headerEnd, directive));
      }
      if (directive < bodyEnd) {
        out.add(tree("directive", lines, directive, bodyEnd));
      }
    }
    if (distribution >= 0 && distributionEnd > distribution) {
      out.add(tree("distribution", lines, distribution, distributionEnd));
    }
    if (signatureFirst >= 0) {
      out.add(part("signature", lines, signatureFirst, signatureLast));
    }
    int after = Math.max(Math.max(signatureLast, distributionEnd - 1), bodyEnd - 1) + 1;
    int attached = attachedStart(lines, signatureFirst, after);
    if (attached >= 0) {
      out.add(tree("directive", lines, attached, lines.size()));
    }
    out.sort(java.util.Comparator.comparingInt(s -> s.span().start()));
    return out;
  }

  /**
   * Where the directive part starts: after the last cue line before the first top-level item, or at
   * that item; without items, after the first cue line; without either, after the last preamble
   * paragraph ({@code Tuy nhiên …}, {@code Nguyên nhân …}).
   */
  static int directiveStart(List<Line> lines, int from, int to) {
    int firstItem = -1;
    for (int k = from; k < to; k++) {
      Label l = label(lines.get(k).text());
      if (l != null && (l.kind().equals("item")) && l.rank() <= 2) {
        firstItem = k;
        break;
      }
    }
    if (firstItem >= 0) {
      for (int k = firstItem - 1; k >= from; k--) {
        if (DIRECTIVE_CUE.matcher(lines.get(k).text()).find()) {
          return k + 1;
        }
      }
      return firstItem;
    }
    for (int k = from; k < to; k++) {
      String t = lines.get(k).text();
      if (DIRECTIVE_CUE.matcher(t).find() && !t.matches("(?s).*(?:hạn chế|tồn tại|yếu kém).*")) {
        return k + 1;
      }
    }
    int lastPreamble = -1;
    for (int k = from; k < to; k++) {
      if (PREAMBLE_CUE.matcher(lines.get(k).text()).matches()) {
        lastPreamble = k;
      }
    }
    return lastPreamble + 1 > from ? lastPreamble + 1 : from;
  }

  /**
   * The instrument a Quyết định issues "kèm theo" after its signature ({@code CHƯƠNG TRÌNH HÀNH
   * ĐỘNG …}, {@code KẾ HOẠCH …}, {@code QUY CHẾ …}): where its first item starts when its title is
   * between the signature and that item and at least two items follow, else -1. An annex ({@code
   * PHỤ LỤC}) of forms or procedures is not such an instrument.
   */
  private static int attachedStart(List<Line> lines, int signature, int after) {
    if (signature < 0 || after >= lines.size()) {
      return -1;
    }
    int first = -1;
    int items = 0;
    for (int k = after; k < lines.size(); k++) {
      Label l = label(lines.get(k).text());
      if (l != null && l.kind().equals("item") && l.rank() <= 2) {
        first = first < 0 ? k : first;
        items++;
      }
    }
    if (first < 0 || items < 2) {
      return -1;
    }
    for (int k = signature; k < first; k++) {
      if (ATTACHED_TITLE.matcher(lines.get(k).text()).find()) {
        return first;
      }
    }
    return -1;
  }

  /** The title of an instrument issued with a Quyết định, in capitals as printed. */
  private static final Pattern ATTACHED_TITLE =
      Pattern.compile(
          "(?:^|\\s)(?:CHƯƠNG TRÌNH|KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|ĐIỀU LỆ|ĐỀ ÁN|HƯỚNG DẪN|NỘI QUY)(?:\\s|$)");

  private static Section part(String kind, List<Line> lines, int first, int last) {
    Node n = new Node(kind, null, null, lines.get(first).text(), -1, first);
    n.lastLine = last;
    return n.toSection(lines);
  }

  /**
   * A part with its items and bullets nested by rank. Unlabelled paragraphs belong to the item
   * above them, except those after the part's last labelled line (closing paragraphs: {@code Yêu
   * cầu …}, {@code Chỉ thị này …}), which belong to the part alone.
   */
  private static Section tree(String kind, List<Line> lines, int from, int to) {
    Node root = new Node(kind, null, null, lines.get(from).text(), -1, from);
    root.lastLine = to - 1;
    int lastLabelled = -1;
    for (int k = from; k < to; k++) {
      if (label(lines.get(k).text()) != null) {
        lastLabelled = k;
      }
    }
    Deque<Node> open = new ArrayDeque<>();
    for (int k = from; k <= lastLabelled; k++) {
      Label l = label(lines.get(k).text());
      if (l == null) {
        // A paragraph closes the bullets above it and continues the innermost item.
        while (!open.isEmpty() && open.peek().kind.equals("bullet")) {
          open.pop();
        }
        extend(open, k);
        continue;
      }
      while (!open.isEmpty() && open.peek().rank >= l.rank()) {
        open.pop();
      }
      Node parent = open.isEmpty() ? root : open.peek();
      String path = pathOf(l, parent);
      Node node = new Node(l.kind(), l.label(), path, l.text(), l.rank(), k);
      parent.children.add(node);
      open.push(node);
      extend(open, k);
    }
    return root.toSection(lines);
  }

  private static void extend(Deque<Node> open, int line) {
    for (Node n : open) {
      n.lastLine = Math.max(n.lastLine, line);
    }
  }

  private static String pathOf(Label l, Node parent) {
    return switch (l.kind()) {
      case "bullet" -> parent.path;
      case "item" -> {
        if (l.rank() >= 10) {
          yield parent.path == null ? l.label() : parent.path + "." + l.label();
        }
        yield l.label();
      }
      default -> null;
    };
  }

  /** The label of a line, or null for a paragraph. */
  private static Label label(String t) {
    Matcher bare = BARE_NUMBER.matcher(t);
    if (bare.matches()) {
      String label = bare.group("multi");
      return new Label("item", label, 1 + label.split("\\.").length, "");
    }
    Matcher m = NUMBERED.matcher(t);
    if (m.matches()) {
      String label = m.group("multi") != null ? m.group("multi") : m.group("single");
      int depth = label.split("\\.").length;
      return new Label("item", label, 1 + depth, m.group("text"));
    }
    m = ARTICLE.matcher(t);
    if (m.matches()) {
      return new Label("item", m.group("label").replaceFirst("^ĐIỀU", "Điều"), 1, m.group("text"));
    }
    m = ROMAN.matcher(t);
    if (m.matches()) {
      return new Label("item", m.group("label"), 0, m.group("text"));
    }
    m = LETTER.matcher(t);
    if (m.matches()) {
      return new Label("item", m.group("label"), 10, m.group("text"));
    }
    m = BULLET.matcher(t);
    if (m.matches()) {
      String b = m.group("label");
      int rank =
          switch (b) {
            case "+" -> 21;
            case "*", "•" -> 22;
            default -> 20;
          };
      return new Label("bullet", b.equals("–") ? "-" : b, rank, m.group("text"));
    }
    return null;
  }
}
