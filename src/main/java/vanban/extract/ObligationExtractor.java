package vanban.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vanban.lexicon.VietnameseDates;
import vanban.model.Obligation;
import vanban.model.Section;
import vanban.model.Span;
import vanban.structure.DocumentStructure;

/**
 * Finds the duties a directive imposes (SCHEMA.md {@code obligations}, DOMAIN.md §5): one per item,
 * bullet or paragraph of the directive part, in text order, plus one per sentence or clause whose
 * own modality differs from its item's ({@code Tuyệt đối không …} inside a must item). The preamble
 * is never read: a violation it describes imposes nothing. Thread-safe and stateless.
 *
 * <p>Modality and actor are inherited from headings: every bullet under {@code 2.2. Những việc
 * không được làm} is must-not; {@code 2. Đối với cán bộ, công chức, …:} and {@code 3. Đảng ủy …
 * lãnh đạo, chỉ đạo các cơ quan chức năng:} name the actor of their bullets; the lead-in ({@code
 * Ban Thường vụ Tỉnh ủy yêu cầu X thực hiện … các nội dung sau:}) gives the default actor. A
 * sentence's own subject ({@code Người đứng đầu … phải …}, {@code Giao X chủ trì …}) wins.
 */
public final class ObligationExtractor {
  // "Yêu cầu các sở …", "Đề nghị UBND tỉnh …": the request verb before the actor.
  private static final Pattern REQUEST_OPENING = Pattern.compile("^(?:[Yy]êu cầu|[Đđ]ề nghị)\\s+");
  // "…; tuyệt đối không …", "…, không …": where a forbidding clause can start.
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;,]\\s+");

  /**
   * A heading of an item with sub-items that is a title, not a sentence: at most this many words.
   */
  private static final int TITLE_WORDS = 20;

  /** An actor is a noun phrase, not a clause: at most this many words. */
  private static final int ACTOR_WORDS = 40;

  /** Where one sentence ends and the next begins: {@code … quy định. Tuyệt đối không …}. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}“\"])");

  /**
   * A statement about the document itself ({@code Chỉ thị này phổ biến đến Chi bộ./.}), not a duty.
   */
  private static final Pattern SELF_STATEMENT =
      Pattern.compile(
          "^(?:Chỉ thị|Kết luận|Công văn|Quyết định|Nghị quyết|Kế hoạch|Thông báo|Quy định|Văn"
              + " bản)\\s+này\\b|^(?:Nơi nhận|Trân trọng)\\b");

  /**
   * {@code Trên đây là Kế hoạch …}, {@code Trên đây là ý kiến của Bộ …}: the closing formula that
   * sums the document up; it binds nobody unless it goes on to ask ({@link #CLOSING_REQUEST}).
   */
  private static final Pattern CLOSING = Pattern.compile("^Trên\\s+đây\\s+là\\s");

  /** Where a closing formula's request starts: {@code …, đề nghị các đơn vị …}, {@code . Yêu cầu …}. */
  private static final Pattern CLOSING_REQUEST =
      Pattern.compile("(?<=[,;.]\\s|\\s-\\s)\\s*(?=(?:[Đđ]ề\\s+nghị|[Yy]êu\\s+cầu)\\s+\\p{L})");

  /**
   * The label of an item line as the outline printed it: {@code 2.1.}, {@code 3)}, {@code -},
   * {@code +}.
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(?:\\d{1,2}(?:\\.\\d{1,2})*[.)]?|[IVX]{1,5}[.)]|[a-zđ]\\)|[-–•+*])\\s*)");

  /**
   * {@code Đối với cán bộ, công chức …:}, {@code Điều 2. Nhiệm vụ của Tổ công tác:}: the actor of what
   * follows.
   */
  private static final Pattern FOR_ACTOR =
      Pattern.compile(
          "^(?:Điều\\s+\\d+[.:]?\\s*)?(?:Đối với|Với|(?:Nhiệm vụ|Trách nhiệm)(?:,\\s*quyền hạn)?"
              + " của)\\s+(?<actor>[^:;]+?)\\s*:?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Words that end a report's recipient ({@code … Tỉnh ủy (qua Văn phòng …)}, {@code … kết quả thực
   * hiện}).
   */
  private static final Pattern RECIPIENT_END =
      Pattern.compile(
          "\\s*\\(|[;.:]|\\s+(?:kết quả|trước|khi|để|về|theo|định kỳ|hằng|hàng|tình"
              + " hình|việc|những|các\\s+(?:hành|trường)|và\\s+(?=\\p{Ll}))"
              + "|,\\s*(?=\\p{Ll})|\\s*$");

  /** A heading that asks ({@code … trân trọng đề nghị}, {@code … yêu cầu}) without naming whom. */
  private static final Pattern REQUEST_HEADING =
      Pattern.compile("(?:đề\\s+nghị|yêu\\s+cầu|kính\\s+mời|kính\\s+đề\\s+nghị)(?:\\s+như\\s+sau)?$");

  /** A chain of clauses after the modal cue is cut at these words to give the action. */
  private static final Pattern MODAL_PREFIX =
      Pattern.compile(
          "^(?:(?:phải|cần|có trách nhiệm|tuyệt đối không|nghiêm cấm|không được|cấm|khuyến"
              + " khích|được khuyến khích)[\\s,]+)+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final ObligationCues cues = ObligationCues.get();
  private final ThemeTagger themes = ThemeTagger.get();

  /** Who and how, as inherited from the headings above a paragraph. */
  private record Context(
      String modality, String actor, boolean purposes, boolean listing, boolean byAuthor) {
    Context(String modality, String actor, boolean purposes, boolean listing) {
      this(modality, actor, purposes, listing, false);
    }

    Context withActor(String a) {
      return a == null ? this : new Context(modality, a, purposes, listing, false);
    }

    Context withModality(String m) {
      return m == null ? this : new Context(m, actor, purposes, listing, byAuthor);
    }

    Context underPurposes(boolean p) {
      return new Context(modality, actor, p, listing, byAuthor);
    }

    Context underListing() {
      return new Context(modality, actor, purposes, true, byAuthor);
    }

    /** Under {@code I. MỤC ĐÍCH, YÊU CẦU} the plan's author is nobody's default actor. */
    Context withoutAuthor() {
      return byAuthor ? new Context(modality, null, purposes, listing, false) : this;
    }
  }

  /** {@code I. MỤC ĐÍCH, YÊU CẦU}, {@code 1. Mục đích}: the aims of a plan. */
  private static final Pattern AIMS =
      Pattern.compile("^(?:MỤC\\s+ĐÍCH|Mục\\s+đích)(?![\\p{L}])");

  /**
   * {@code Ban Thường trực Ủy ban MTTQ Việt Nam phường … xây dựng kế hoạch kiểm tra, giám sát …
   * như sau:}: the plan's author, before its verb of drafting.
   */
  private static final Pattern AUTHOR_LEAD_IN =
      Pattern.compile(
          "^(?<author>\\p{Lu}[^:;]{2,160}?)\\s+(?:xây\\s+dựng|ban\\s+hành)\\s+(?:[Kk]ế\\s+hoạch|[Hh]ướng\\s+dẫn|[Cc]hương\\s+trình)\\b[^;]*:$");

  /**
   * A purpose is a duty only when it says so itself: {@code phải} or {@code cần} anywhere, or it
   * opens with {@code Bảo đảm …} ({@code Nhằm đảm bảo …}, {@code Phát hiện …, đảm bảo …} state aims).
   */
  private static final Pattern PURPOSE_DUTY =
      Pattern.compile(
          "(?<!\\p{L})(?:phải|cần)(?!\\p{L})|^(?:bảo\\s+đảm|đảm\\s+bảo)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether an entry of a list of attendees, documents or steps ({@code Thành phần dự …}, {@code Hồ
   * sơ …}, {@code Chương trình buổi lễ}) is a duty all the same: a modal says so ({@code … phải …})
   * or it names who acts ({@code Căn cứ …, Ban Tổ chức tham mưu …}).
   */
  private boolean listedDuty(String entry) {
    return MODAL.matcher(entry).find() || subject(firstSentence(entry)) != null;
  }

  /** A {@code label: value} line of a planned task: who leads it, by when, with whom, for what. */
  private record TaskField(String label, String value) {}

  /** A paragraph of the text: its content (label removed) and where that content is. */
  private record Paragraph(String text, int start, int end, boolean heading) {}

  /**
   * The obligations of {@code text}, the normalized text that {@code structure} was parsed from, in
   * text order; empty when the outline has no directive part.
   */
  public List<Obligation> extract(String text, DocumentStructure structure) {
    return extract(text, structure.outline());
  }

  /** The obligations of {@code text} given its outline ({@link DocumentStructure#outline()}). */
  public List<Obligation> extract(String text, List<Section> outline) {
    List<Obligation> out = new ArrayList<>();
    for (Section part : outline) {
      if (part.kind().equals("directive")) {
        String lead = leadInActor(text, part.span().start());
        String author = lead == null ? planAuthor(text, part) : null;
        Context root =
            author != null
                ? new Context("must", author, false, false, true)
                : new Context("must", lead, false, false);
        int before = out.size();
        walk(text, part, root, null, true, out, new ArrayList<>());
        int listEnd = reportedListEnd(text, part);
        if (listEnd > part.span().start()) {
          out.subList(before, out.size()).removeIf(o -> o.span().start() < listEnd);
        }
      }
    }
    out.removeIf(o -> fragment(o.text()) || quoted(text, o.span().start()));
    // "… thông báo để X biết và thực hiện./." hands on what the document said: a unit only when
    // the document imposes nothing else (it forwards a notice).
    if (out.stream().anyMatch(o -> !matchesAny("notice-closing", o.text()))) {
      out.removeIf(o -> matchesAny("notice-closing", o.text()));
    }
    return out;
  }

  /**
   * Where the list of a petitioner's demands that opens a directive part ends, or -1: the sentence
   * before the part reports a petition and ends by announcing its demands ({@code … đơn … khiếu nại
   * …, với các yêu cầu:}); the list is the run of items from the part's start with nothing between
   * them.
   */
  private int reportedListEnd(String text, Section part) {
    int start = part.span().start();
    int from = Math.max(0, start - 1500);
    String before = text.substring(from, start);
    int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf(".\n"));
    String sentence = before.substring(stop + 1).replaceAll("\\s+", " ").strip();
    if (!matchesAny("reported-list", sentence)) {
      return -1;
    }
    int end = -1;
    int at = start;
    for (Section c : part.children()) {
      if (!text.substring(at, c.span().start()).isBlank()) {
        break;
      }
      end = c.span().end();
      at = end;
    }
    return end;
  }

  /**
   * Whether {@code pos} is inside a block quotation: a quote mark opens a printed line ({@code “Điều 2.
   * Các khoản thu nhập …}) and its closing mark comes at or after that line's end. What a letter
   * quotes of a law binds nobody by being quoted.
   */
  static boolean quoted(String text, int pos) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
    // Look back over at most this many lines for the opening mark.
    for (int n = 0; n < QUOTE_LINES && lineStart >= 0; n++) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      String line = text.substring(lineStart, lineEnd);
      int close = text.lastIndexOf('”', pos);
      if (close >= lineStart && close < pos) {
        return false; // a quotation closed between this line's start and pos
      }
      Matcher open = QUOTE_OPENS.matcher(line);
      if (open.lookingAt()) {
        int mark = lineStart + open.end() - 1;
        int closes = text.indexOf('”', mark + 1);
        int closingLineEnd = closes < 0 ? -1 : text.indexOf('\n', closes);
        return closes >= 0
            && (closingLineEnd < 0 ? text.length() : closingLineEnd) >= pos
            && (closes > lineEnd || closes >= lineEnd - 2);
      }
      if (lineStart == 0) {
        break;
      }
      lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    }
    return false;
  }

  /** A printed line that opens with a quote mark, after an ellipsis or a label at most. */
  private static final Pattern QUOTE_OPENS = Pattern.compile("\\s*(?:[-+•]\\s*)?(?:\\.{3}|…)?\\s*“");

  /** A block quotation is looked for at most this many lines above a unit. */
  private static final int QUOTE_LINES = 40;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * Not a duty: under four words ({@code Điều 1.}, {@code Ủy viên;}, {@code TTHC.}), no word in lower
   * case (a heading, a body's name, a page's running head, a signer), or no verb of action ({@code
   * Tòa án nhân dân tối cao.}, {@code Nghị quyết của chi bộ.}: a list of bodies or documents).
   */
  public static boolean fragment(String unit) {
    if (unit == null) {
      return true;
    }
    Matcher m = WORD.matcher(unit);
    int words = 0;
    boolean lower = false;
    while (m.find()) {
      words++;
      String w = m.group();
      lower |= w.chars().allMatch(Character::isLowerCase);
    }
    return words < 4 || !lower || !ActionVerbs.in(unit);
  }

  /**
   * The author of a plan ({@code X xây dựng kế hoạch … như sau:}) when the plan gives it tasks of
   * its own: a line of the directive part opens with it acting ({@code Ban Thường trực … phường
   * kiểm tra …}). Its items that name nobody are then its own tasks; a plan that never names its
   * author acting only lists what is to be done (null). The name is the one the body uses.
   */
  private String planAuthor(String text, Section part) {
    int end = part.span().start();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    String line = text.substring(text.lastIndexOf('\n', Math.max(0, end - 1)) + 1, end).strip();
    Matcher m = AUTHOR_LEAD_IN.matcher(line);
    if (!m.find() || !startsWithActor(m.group("author"))) {
      return null;
    }
    String[] words = m.group("author").split("\\s+");
    if (words.length < 2) {
      return null;
    }
    String head = words[0] + " " + words[1] + (words.length > 2 ? " " + words[2] : "");
    for (String body : text.substring(part.span().start(), part.span().end()).split("\n")) {
      String b = LABEL.matcher(body.strip()).replaceFirst("");
      if (b.startsWith(head)) {
        String acting = subject(firstSentence(b));
        // The same body, maybe shorter ("… phường" for "… phường Bắc Cam Ranh"), not another.
        if (acting != null
            && acting.startsWith(head)
            && words(m.group("author")).containsAll(words(acting))) {
          return acting;
        }
      }
    }
    return null;
  }

  /**
   * The default actor the lead-in names ({@code … yêu cầu các cấp ủy … thực hiện nghiêm túc các nội
   * dung sau:}).
   */
  private String leadInActor(String text, int directiveStart) {
    int end = directiveStart;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = text.lastIndexOf('\n', end - 1) + 1;
    String line = text.substring(start, end).strip();
    if (!line.endsWith(":")) {
      return null;
    }
    for (ObligationCues.Cue cue : cues.of("lead-in")) {
      Matcher m = cue.pattern().matcher(line);
      String last = null;
      while (m.find()) {
        last = m.group("actor");
      }
      if (last != null) {
        // The last "yêu cầu" is the request; earlier ones are "đáp ứng yêu cầu nhiệm vụ".
        int cut = Math.max(last.lastIndexOf(" yêu cầu "), last.lastIndexOf(" đề nghị "));
        String actor = cut >= 0 ? last.substring(cut + 9) : last;
        // "… các bộ, ngành, địa phương khẩn trương thực hiện": the actor ends at its verb.
        int verb = subjectEnd(actor);
        return clean(verb > 0 ? actor.substring(0, verb) : actor);
      }
    }
    return null;
  }

  /**
   * Walks {@code node}'s own paragraphs and its children in text order. The {@code label: value}
   * lines of a planned task ({@code Đơn vị chủ trì: …}, {@code Thời gian hoàn thành: …}) are no
   * units: those of a leaf go to {@code fields}, its parent's, and an item's fields give the lead
   * body and the deadline to the units found under it that name none.
   */
  private List<TaskField> walk(
      String text,
      Section node,
      Context inherited,
      String path,
      boolean root,
      List<Obligation> out,
      List<TaskField> fields) {
    Context ctx = inherited;
    String section = root ? null : node.path();
    int from = out.size();
    // A field line with lines under it ("- Cơ quan thực hiện: Sở A" over "* Thời gian …") is still
    // a field of the task it sits in.
    boolean fieldLine =
        node.heading() != null
            && taskField(LABEL.matcher(node.heading().strip()).replaceFirst("")) != null;
    List<TaskField> own =
        (node.children().isEmpty() || fieldLine) && !root ? fields : new ArrayList<>();
    List<Paragraph> paragraphs = ownParagraphs(text, node, root);
    List<ChildRun> runs = new ArrayList<>();
    int child = 0;
    // After "Kiểm tra việc … Cụ thể:" the bullets and lines are what is checked, not duties.
    boolean checklist = false;
    // After "Ví dụ: …" the paragraphs of the item work the example through: none binds.
    boolean example = false;
    for (Paragraph para : paragraphs) {
      Paragraph p = para;
      while (child < node.children().size()
          && node.children().get(child).span().start() < p.start()) {
        checklist =
            walkChild(
                text, node.children().get(child++), ctx, section, out, own, checklist, runs);
        example = false;
      }
      if (matchesAny("example", p.text())) {
        example = true;
      }
      if (example && !p.heading()) {
        continue;
      }
      TaskField field = taskField(p.text());
      if (field != null) {
        if (field.value().isEmpty()) {
          // "Thời gian thực hiện:" over its own lines: those are the task's times, no duties.
          checklist = true;
        } else {
          own.add(field);
        }
        continue;
      }
      if ((checklist && !p.heading()) || underEmptyField(text, p.start())) {
        continue;
      }
      if (!p.heading() && continuesLineAbove(text, p.start())) {
        // "… Tổng hợp danh sách các thành phần do" / "Bộ Y tế mời gửi …": the printed line broke a
        // sentence that the line above already gives as a unit; its tail is no unit of its own.
        continue;
      }
      if (REASONS.matcher(p.text()).find()) {
        // "Lý do: Vi phạm quy định …, cụ thể như sau:" then "a) Hội X: Quá thời gian …": why, not
        // what must be done.
        checklist = true;
        continue;
      }
      if (inspectionLead(p.text())
          || (p.heading()
              && inspectionTitle(p.text(), node)
              && !restated(text, p, paragraphs, node))) {
        emit(text, p, ctx, section, out);
        checklist = true;
        continue;
      }
      boolean hasFollowers = child < node.children().size();
      if (isLeadIn(p, hasFollowers)
          || (p.heading() && titleOfSubItems(p.text(), node))
          || (p.heading() && isTitle(p.text()) && matchesAny("listing", p.text()))) {
        ctx = ctx.withModality(headingModality(p.text())).withActor(headingActor(p.text()));
        if (AIMS.matcher(p.text()).find()) {
          ctx = ctx.withoutAuthor();
        }
        if (matchesAny("purpose", p.text())) {
          ctx = ctx.underPurposes(true);
        } else if (matchesAny("listing", p.text())) {
          ctx = ctx.underListing();
        } else if (matchesAny("requirement", p.text())) {
          // "2. Yêu cầu" under "I. MỤC ĐÍCH, YÊU CẦU": requirements bind, whatever their wording.
          ctx = ctx.underPurposes(false);
        }
        continue;
      }
      if (CLOSING.matcher(p.text()).lookingAt()) {
        // "Trên đây là Kế hoạch …, đề nghị X nghiêm túc thực hiện": only the request binds.
        Matcher ask = CLOSING_REQUEST.matcher(p.text());
        if (!ask.find()) {
          continue;
        }
        p = new Paragraph(p.text().substring(ask.end()), p.start() + ask.end(), p.end(), false);
      }
      if (SELF_STATEMENT.matcher(p.text()).find() || matchesAny("not-duty", p.text())) {
        continue;
      }
      if (p.heading() && restated(text, p, paragraphs, node)) {
        // "1. Giám sát việc thành lập …" then "- Ban Thường trực … giám sát việc thành lập …":
        // the heading names the task the line under it states; that line is the unit.
        continue;
      }
      if ((!ctx.purposes() || PURPOSE_DUTY.matcher(p.text()).find())
          && (!ctx.listing() || listedDuty(p.text()))
          && predicate(p.text())) {
        Matcher named = NAMED_ACTOR.matcher(p.text());
        Context c = ctx;
        if (named.lookingAt() && startsWithActor(named.group("actor"))) {
          c = ctx.withActor(clean(named.group("actor")));
        }
        emit(text, p, c, section, out);
      }
      if (p.heading()) {
        // An item's subject is also that of its further paragraphs and sub-items; a title that
        // names a body ("1.2. Chi bộ") names the actor of what is under it.
        String a = subject(firstSentence(p.text()));
        ctx = ctx.withActor(a == null && isTitle(p.text()) ? headingActor(p.text()) : a);
      }
    }
    while (child < node.children().size()) {
      checklist =
            walkChild(
                text, node.children().get(child++), ctx, section, out, own, checklist, runs);
    }
    if (own == fields) {
      return null;
    }
    if (!own.isEmpty()) {
      applyTaskFields(own, out, from, out.size(), runs);
      return own;
    }
    // "3.1. …", "3.2. …", "3.3. …" then "- Đơn vị chủ trì: …" under 3.3 alone: fields printed after
    // the last sub-item, when no other sub-item has its own, are those of the whole group.
    List<ChildRun> items = runs.stream().filter(ChildRun::item).toList();
    if (!root
        && items.size() >= 2
        && items.get(items.size() - 1).fields() != null
        && items.subList(0, items.size() - 1).stream()
            .allMatch(r -> r.fields() == null && r.leaf())) {
      ChildRun last = items.get(items.size() - 1);
      applyTaskFields(last.fields(), out, from, last.from(), runs);
      return last.fields();
    }
    return null;
  }

  /**
   * The units {@code [from, to)} a child of a node gave, whether it is a numbered item, and the
   * task fields it applied to them itself (null when none).
   */
  private record ChildRun(boolean item, boolean leaf, int from, int to, List<TaskField> fields) {}

  /** Share of a title's words the line under it must repeat, near its start, to restate it. */
  private static final double RESTATED = 0.7;

  /**
   * Whether a heading without final punctuation is restated by what comes right under it: the item's
   * next paragraph or its first sub-item repeats most of the title's words within its first words.
   */
  private static boolean restated(
      String text, Paragraph heading, List<Paragraph> paragraphs, Section node) {
    if (heading.text().matches("(?s).*[.;!?…:]$")) {
      return false;
    }
    String next = null;
    int idx = paragraphs.indexOf(heading);
    int nextStart = idx + 1 < paragraphs.size() ? paragraphs.get(idx + 1).start() : Integer.MAX_VALUE;
    if (!node.children().isEmpty() && node.children().get(0).span().start() < nextStart) {
      Section c = node.children().get(0);
      next = c.heading() == null ? null : LABEL.matcher(c.heading().strip()).replaceFirst("");
    } else if (idx + 1 < paragraphs.size()) {
      next = paragraphs.get(idx + 1).text();
    }
    if (next == null) {
      return false;
    }
    List<String> title = words(heading.text());
    List<String> under = words(next);
    if (title.size() < 4) {
      return false;
    }
    java.util.Set<String> near =
        new java.util.HashSet<>(under.subList(0, Math.min(under.size(), title.size() + 8)));
    long shared = title.stream().filter(near::contains).count();
    return shared >= RESTATED * title.size();
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** {@code Lý do: …:}, {@code Nguyên nhân: …:}: a lead-in to reasons, not to tasks. */
  private static final Pattern REASONS =
      Pattern.compile("^(?:Lý\\s+do|Nguyên\\s+nhân)(?:\\s*:|\\s+\\p{Ll}[^:]{0,40}:)[^;]*:$");

  /** A lettered sub-item's label: {@code a)}, {@code đ)}. */
  private static final Pattern LETTER = Pattern.compile("[a-zđ]\\)?");

  /** A line that starts with a bullet mark ({@code -}, {@code +}, {@code *}, {@code •}). */
  private static final Pattern BULLET_LINE = Pattern.compile("^[-–•+*]");

  /**
   * Whether the line at {@code start} is one of the values of a {@code Thời gian thực hiện:} line
   * without value: that line itself precedes it, or only bullets stand between them ({@code *
   * Thời gian thực hiện:} / {@code - Công tác tuyên truyền: Từ … đến …}). A numbered item or a plain
   * paragraph in between ends the values.
   */
  private boolean underEmptyField(String text, int start) {
    int end = text.lastIndexOf('\n', Math.max(0, start - 1));
    boolean first = true;
    for (int n = 0; n < 12 && end > 0; n++) {
      int begin = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(begin, end).strip();
      end = begin - 1;
      if (line.isEmpty()) {
        continue;
      }
      TaskField field = taskField(LABEL.matcher(line).replaceFirst(""));
      if (field != null && field.value().isEmpty()) {
        return true;
      }
      if (!BULLET_LINE.matcher(line).find() || (first && !bulletAt(text, start))) {
        return false;
      }
      first = false;
    }
    return false;
  }

  /**
   * Whether the line at {@code start} goes on with the sentence of the line above it, and that line
   * names an action itself (it is a unit; {@code Điều 4. Chánh Văn phòng …,} over {@code Thủ trưởng
   * … căn cứ quyết định thi hành} leaves the action to the tail): that line ends with a comma or a
   * word that cannot end a sentence ({@code continued} cues: {@code … do}, {@code … của}), or leaves
   * a bracket open ({@code (Hội Nông dân; Đoàn Thanh niên;}).
   */
  private boolean continuesLineAbove(String text, int start) {
    int end = text.lastIndexOf('\n', Math.max(0, start - 1));
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= 0) {
      return false;
    }
    String above = text.substring(text.lastIndexOf('\n', end - 1) + 1, end).strip();
    return (matchesAny("continued", above) || depth(above, above.length()) > 0)
        && !fragment(LABEL.matcher(above).replaceFirst(""));
  }

  /** Whether the line holding {@code pos} starts with a bullet mark. */
  private static boolean bulletAt(String text, int pos) {
    int begin = text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
    return BULLET_LINE.matcher(text.substring(begin, Math.min(text.length(), pos + 1)).strip()).find();
  }

  /**
   * Walks one child unless it is a bullet of a checklist; returns whether a checklist goes on: one
   * starts at a bullet that leads it ({@code - Kiểm tra việc … Cụ thể:}), a numbered child ends it.
   */
  private boolean walkChild(
      String text,
      Section c,
      Context ctx,
      String section,
      List<Obligation> out,
      List<TaskField> own,
      boolean checklist,
      List<ChildRun> runs) {
    boolean bullet = c.kind().equals("bullet");
    if (checklist && (bullet || (c.label() != null && LETTER.matcher(c.label()).matches()))) {
      return true;
    }
    int before = out.size();
    List<TaskField> applied = walk(text, c, ctx, section, false, out, own);
    runs.add(
        new ChildRun(
            c.kind().equals("item"), c.children().isEmpty(), before, out.size(), applied));
    if (!bullet || c.heading() == null) {
      return false;
    }
    String h = LABEL.matcher(c.heading().strip()).replaceFirst("");
    TaskField field = taskField(h);
    // "- Thời gian thực hiện:" then "- Công tác tuyên truyền: Từ … đến …": its sibling lines are
    // the times of the task, no duties.
    return inspectionLead(h) || (field != null && field.value().isEmpty());
  }

  /**
   * {@code Kiểm tra việc … Cụ thể:}, {@code Ban Thường trực … giám sát trực tiếp thông qua:}: an
   * inspection whose list follows (devset/RULES.md S8): itself a unit, its entries are not.
   */
  private boolean inspectionLead(String t) {
    if (!CHECKLIST_END.matcher(t).find()) {
      return false;
    }
    String s = t;
    if (startsWithActor(s)) {
      int e = subjectEnd(s);
      if (e < 0) {
        return false;
      }
      s = s.substring(e).strip();
    }
    return INSPECTS.matcher(s).lookingAt();
  }

  /**
   * {@code 7.1. Kiểm tra việc vận động bầu cử thông qua hội nghị tiếp xúc cử tri} over bullets: an
   * inspection task titled without final punctuation whose bullets list what is inspected
   * (devset/RULES.md S8).
   */
  private static boolean inspectionTitle(String t, Section node) {
    return INSPECTION_TITLE.matcher(t).lookingAt()
        && !t.matches("(?s).*[.;!?…:]$")
        && !node.children().isEmpty()
        && node.children().stream().allMatch(c -> c.kind().equals("bullet"));
  }

  private static final Pattern INSPECTION_TITLE =
      Pattern.compile(
          "(?:Kiểm\\s+tra|Giám\\s+sát|Thanh\\s+tra)(?:,\\s*(?:kiểm\\s+tra|giám\\s+sát))?\\s+việc\\s");

  private static final Pattern CHECKLIST_END =
      Pattern.compile(
          "(?:[Cc]ụ\\s+thể(?:\\s+(?:là|gồm|như\\s+sau|các\\s+nội\\s+dung(?:\\s+sau)?))?|thông\\s+qua)\\s*:$");

  private static final Pattern INSPECTS =
      Pattern.compile("(?:[Kk]iểm\\s+tra|[Gg]iám\\s+sát|[Tt]hanh\\s+tra)(?=[\\s,])");

  /**
   * The lead body of a task's {@code Cơ quan thực hiện: …} line: the body before {@code chủ trì}
   * ({@code Sở Lao động … chủ trì, phối hợp với …}), without an honorific ({@code Đồng chí}) or an
   * apposition ({@code …, phụ trách lĩnh vực …}) or a parenthesis.
   */
  private String taskLead(String value) {
    String v = value.replaceAll("\\s*\\(.*$", "");
    int lead = v.indexOf(" chủ trì");
    if (lead < 0 && startsWithActor(v)) {
      // "Sở Thông tin và Truyền thông đôn đốc, hướng dẫn …": the body up to its verb.
      lead = subjectEnd(v);
    }
    if (lead > 0) {
      v = v.substring(0, lead);
    }
    return clean(v);
  }

  /** {@code Đồng chí Phó chủ tịch Thường trực, phụ trách …} → {@code Phó chủ tịch Thường trực}. */
  private static String person(String actor) {
    return actor
        .replaceFirst("^(?:[Đđ]ồng\\s+chí|[Đđ]/c|Ông|Bà)\\s+", "")
        .replaceFirst(",\\s*phụ\\s+trách\\b.*$", "");
  }

  /** {@code Bộ Công an: Chuẩn bị …}: an item that names its actor before a colon. */
  private static final Pattern NAMED_ACTOR = Pattern.compile("^(?<actor>[^:;,.]{2,80}):\\s+\\S");

  /** Modal words that make a sentence a duty whatever its first word ({@code Việc … phải …}). */
  private static final Pattern MODAL =
      Pattern.compile(
          "(?<!\\p{L})(?:phải|cần|có\\s+trách\\s+nhiệm|chịu\\s+trách\\s+nhiệm|không\\s+được|nghiêm\\s+cấm"
              + "|tuyệt\\s+đối\\s+không|bảo\\s+đảm|đảm\\s+bảo|khẩn\\s+trương)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A noun phrase that heads an entry of a checklist, a list of documents or a description ({@code
   * Việc niêm phong hòm phiếu …;}, {@code Tờ khai đề nghị tặng …}, {@code Cách tính tuổi …}, {@code
   * Quỹ … là …}): no duty unless a modal makes it one ({@code Việc tổ chức … phải bảo đảm …}).
   */
  private static final Pattern NOMINAL_HEAD =
      Pattern.compile(
          "^(?:Việc|Cách|Những\\s+(?:trường\\s+hợp|người|hành\\s+vi)|Trách\\s+nhiệm\\s+của|Thời\\s+điểm"
              + "|Tiêu\\s+chuẩn|Số\\s+lượng|Số\\s+dư|Số\\s+kinh\\s+phí|Cơ\\s+cấu|Thành\\s+phần|Tư\\s+cách"
              + "|Người\\s+không|Hồ\\s+sơ|Đơn\\s+(?:của|đề\\s+nghị|xin)|Tờ\\s+khai|Lý\\s+lịch|Danh\\s+sách"
              + "|Biên\\s+bản|Bản\\s+sao|Giấy\\s|Các\\s+khoản|Nguồn\\s|Đối\\s+tượng|Phạm\\s+vi|Mục\\s+tiêu"
              + "|Kinh\\s+phí|Quỹ\\s|(?:Hiến\\s+pháp|Luật|Nghị\\s+định|Thông\\s+tư|Chỉ\\s+thị|Nghị\\s+quyết"
              + "|Quyết\\s+định|Kết\\s+luận|Công\\s+văn|Hướng\\s+dẫn|Kế\\s+hoạch)\\s+(?:số|năm|\\d))");

  /**
   * Whether a paragraph can be a duty: not a noun phrase heading a checklist entry or a description
   * ({@link #NOMINAL_HEAD}) unless a modal makes it one.
   */
  private boolean predicate(String paragraph) {
    return !NOMINAL_HEAD.matcher(paragraph).lookingAt() || MODAL.matcher(paragraph).find();
  }

  /** The task field {@code line} is, or null. */
  private TaskField taskField(String line) {
    for (ObligationCues.Cue cue : cues.of("task-field")) {
      Matcher m = cue.pattern().matcher(line);
      if (m.find()) {
        return new TaskField(cue.label(), m.group("value").strip());
      }
    }
    return null;
  }

  /**
   * Gives a task's lead body to its units that name no actor of their own, and its deadline (the
   * end of the period: {@code Quý I/2026} → 2026-03) to those that have none.
   */
  private void applyTaskFields(
      List<TaskField> fields, List<Obligation> out, int from, int to, List<ChildRun> runs) {
    List<Obligation> units = out.subList(from, to);
    // Units of a sub-item with task fields of its own keep them: an item's fields are not its
    // sub-items' ("2. … - Cơ quan thực hiện: Sở A" over "2.3. … - Cơ quan thực hiện: Sở B").
    java.util.BitSet own = new java.util.BitSet();
    for (ChildRun r : runs) {
      if (r.fields() != null) {
        own.set(Math.max(r.from(), from) - from, Math.max(Math.min(r.to(), to) - from, 0));
      }
    }
    String actor = null;
    String deadline = null;
    String frequency = null;
    for (TaskField f : fields) {
      if (f.label().equals("actor") && actor == null) {
        actor = taskLead(f.value());
      } else if (f.label().equals("deadline") && deadline == null) {
        deadline = VietnameseDates.periodEnd(f.value());
        frequency = FrequencyCues.of(f.value());
      }
    }
    for (int i = 0; i < units.size(); i++) {
      if (own.get(i)) {
        continue;
      }
      Obligation o = units.get(i);
      boolean ownActor = subject(firstSentence(o.text())) != null;
      String a = actor != null && !ownActor ? actor : o.actor();
      String d = o.deadline() == null ? deadline : o.deadline();
      String fr = o.frequency() == null ? frequency : o.frequency();
      units.set(
          i,
          new Obligation(
              o.modality(),
              a,
              o.action(),
              o.text(),
              o.section(),
              fr,
              d,
              o.reportTo(),
              o.themes(),
              o.span()));
    }
  }

  /**
   * A paragraph that introduces what follows instead of imposing something: it ends with {@code :},
   * or it is a short title without final punctuation ({@code 2.2. Những việc không được làm}).
   */
  private static boolean isLeadIn(Paragraph p, boolean hasFollowers) {
    String t = p.text();
    if (!hasFollowers) {
      // "Sở Tư pháp:" heading its item's paragraphs.
      return p.heading() && t.endsWith(":") && !ActionVerbs.in(t);
    }
    if (t.endsWith(":")) {
      return true;
    }
    return p.heading() && isTitle(t);
  }

  /**
   * {@code 3. Tổ chức theo dõi, tổng hợp, kiểm tra, giám sát công tác bầu cử của Ủy ban MTTQ xã}
   * over {@code 3.1.}, {@code 3.2.}: a heading without final punctuation over numbered sub-items
   * names the group of tasks they are, however long it is; the sub-items are the units.
   */
  private static boolean titleOfSubItems(String t, Section node) {
    return !t.matches("(?s).*[.!?…:]$")
        && node.children().stream().anyMatch(c -> c.kind().equals("item"));
  }

  /** A heading without final punctuation and short: a title, not a sentence. */
  private static boolean isTitle(String t) {
    return !t.matches("(?s).*[.;!?…]$") && t.split("\\s+").length <= TITLE_WORDS;
  }

  private String headingModality(String heading) {
    for (ObligationCues.Cue cue : cues.of("heading")) {
      if (cue.pattern().matcher(heading).find()) {
        return cue.label();
      }
    }
    return null;
  }

  /**
   * The actor a heading names: {@code Đối với X:}, a subject before a verb, or a bare noun phrase.
   */
  private String headingActor(String heading) {
    String h = heading.replaceAll(":$", "").strip();
    if (REQUEST_HEADING.matcher(h).find()) {
      // "Văn phòng Chính phủ trân trọng đề nghị:": the items name whom it asks.
      return null;
    }
    Matcher m = FOR_ACTOR.matcher(h);
    if (m.matches()) {
      return clean(m.group("actor"));
    }
    String s = subject(h);
    if (s != null) {
      return s;
    }
    if (startsWithActor(h) && h.split("\\s+").length <= ACTOR_WORDS && !h.contains(";")) {
      return clean(h);
    }
    return null;
  }

  /**
   * The node's paragraphs outside its children; the directive root's first line is not a heading.
   */
  private static List<Paragraph> ownParagraphs(String text, Section node, boolean root) {
    List<Paragraph> out = new ArrayList<>();
    int pos = node.span().start();
    int end = node.span().end();
    boolean first = true;
    while (pos < end) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 || nl > end ? end : nl;
      int s = pos;
      int e = lineEnd;
      pos = lineEnd + 1;
      boolean inChild = false;
      for (Section c : node.children()) {
        if (c.span().start() <= s && s < c.span().end()) {
          inChild = true;
          break;
        }
      }
      if (inChild) {
        first = false;
        continue;
      }
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue;
      }
      boolean heading = first && !root;
      if (heading) {
        Matcher l = LABEL.matcher(text.substring(s, e));
        if (l.lookingAt()) {
          s += l.end();
        }
      }
      first = false;
      if (s < e) {
        out.add(new Paragraph(text.substring(s, e), s, e, heading));
      }
    }
    return out;
  }

  /** Where a later sentence or a clause after {@code ;} starts: {@code … . Giao …}, {@code …; các …}. */
  private static final Pattern PART_START =
      Pattern.compile("(?<=[.!?…])\\s+(?=\\p{Lu})|;\\s+(?=\\p{L})");

  /**
   * Where {@code s} goes on with a duty of another body: a later sentence or a clause after {@code
   * ;} that opens with an actor of its own, unlike the one before it, which acts itself ({@code Sở A
   * chủ trì …; các huyện chỉ đạo …}, {@code X yêu cầu Y … . Giao Z theo dõi …}); -1 when none.
   */
  private int otherActorAt(String s) {
    Matcher m = PART_START.matcher(s);
    while (m.find()) {
      if (depth(s, m.start()) > 0) {
        continue;
      }
      String head = s.substring(0, m.start());
      String rest = s.substring(m.end());
      String next = subject(firstSentence(rest));
      String own = subject(firstSentence(head));
      if (next == null
          || own == null
          || (!startsWithActor(rest) && !GIVE.matcher(rest).lookingAt())
          || words(next).equals(words(own))
          || !ActionVerbs.in(head.substring(Math.max(0, head.indexOf(own)) + own.length()))) {
        continue;
      }
      return m.start();
    }
    return -1;
  }

  /** The obligations of one paragraph: its own, then those of sentences and clauses that differ. */
  private void emit(String text, Paragraph p, Context ctx, String section, List<Obligation> out) {
    int other = otherActorAt(p.text());
    if (other > 0) {
      String head = p.text().substring(0, other);
      int restAt = other;
      while (restAt < p.text().length() && !Character.isLetter(p.text().charAt(restAt))) {
        restAt++;
      }
      emit(text, new Paragraph(head, p.start(), p.start() + other, p.heading()), ctx, section, out);
      emit(
          text,
          new Paragraph(p.text().substring(restAt), p.start() + restAt, p.end(), false),
          ctx,
          section,
          out);
      return;
    }
    String first = firstSentence(p.text());
    String own = ownModality(first);
    String modality = own != null ? own : ctx.modality();
    String subject = subject(first);
    String actor = subject != null ? subject : ctx.actor();
    if (actor == null) {
      // Nothing above names the actor: a later sentence of the item may ("Thực hiện … . Người đứng
      // đầu … phải …").
      for (String later : SENTENCE_END.split(p.text())) {
        actor = actor == null ? subject(later) : actor;
      }
    }
    if (actor == null) {
      // "Quỹ … do Bộ trưởng Bộ Công an quản lý, điều hành": a passive sentence's agent acts.
      actor = agent(first);
    }
    out.add(obligation(p.text(), p.start(), modality, actor, subject, section));

    if (!modality.equals("must")) {
      return;
    }
    // Sentences and clauses of another modality inside a must paragraph are duties of their own.
    Matcher sm = SENTENCE_END.matcher(p.text());
    List<int[]> sentences = new ArrayList<>();
    int s = 0;
    while (sm.find()) {
      sentences.add(new int[] {s, sm.start()});
      s = sm.end();
    }
    sentences.add(new int[] {s, p.text().length()});
    for (int i = 0; i < sentences.size(); i++) {
      int[] range = sentences.get(i);
      String sentence = p.text().substring(range[0], range[1]);
      String sentenceModality = i == 0 ? null : ownModality(sentence);
      if (sentenceModality != null && !sentenceModality.equals("must")) {
        String sub = subject(sentence);
        out.add(
            obligation(
                stripEnd(sentence),
                p.start() + range[0],
                sentenceModality,
                sub != null ? sub : actor,
                sub,
                section));
        continue;
      }
      addProhibitedClauses(sentence, p.start() + range[0], actor, section, out);
    }
  }

  /**
   * The agent of a passive sentence ({@code … do Chủ tịch UBND tỉnh quyết định}, {@code … phải được
   * các cơ quan, đơn vị quản lý …}) up to its verb, when it names a body; else null.
   */
  private String agent(String sentence) {
    for (ObligationCues.Cue cue : cues.of("passive")) {
      Matcher m = cue.pattern().matcher(sentence.strip());
      if (m.find()) {
        String rest = sentence.strip().substring(m.start("agent"));
        if (startsWithActor(rest)) {
          return nounPhrase(rest, subjectEnd(rest));
        }
      }
    }
    return null;
  }

  /**
   * {@code …; tuyệt đối không sử dụng điện thoại …; không xử lý …}: each forbidding clause once.
   */
  private void addProhibitedClauses(
      String sentence, int offset, String actor, String section, List<Obligation> out) {
    Matcher clause = CLAUSE_BREAK.matcher(sentence);
    while (clause.find()) {
      int start = clause.end();
      String rest = sentence.substring(start);
      if (!strongProhibition(rest)) {
        continue;
      }
      int stop = clauseEnd(rest);
      String c = stripEnd(rest.substring(0, stop));
      out.add(obligation(c, offset + start, "must-not", actor, null, section));
    }
  }

  /**
   * The first {@code ;} outside quotes ({@code “một bộ phận chậm trễ; một ngành …”}), or the end.
   */
  private static int clauseEnd(String s) {
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“') {
        quoted = true;
      } else if (c == '”') {
        quoted = false;
      } else if (c == ';' && !quoted) {
        return i;
      }
    }
    return s.length();
  }

  /**
   * {@code tuyệt đối không}, {@code nghiêm cấm}, {@code không được}, {@code cấm} (not a bare {@code
   * không}).
   */
  private boolean strongProhibition(String clause) {
    ObligationCues.Cue strong = cues.of("must-not").get(0);
    return strong.pattern().matcher(clause).find();
  }

  /** The modality a sentence states itself, or null when it leaves it to its heading. */
  private String ownModality(String sentence) {
    String s = sentence.strip();
    for (ObligationCues.Cue cue : cues.of("must-not")) {
      if (cue.pattern().matcher(s).find()) {
        return "must-not";
      }
    }
    for (ObligationCues.Cue cue : cues.of("encouraged")) {
      if (cue.pattern().matcher(s).find()) {
        return "encouraged";
      }
    }
    if (requests(s)) {
      return "encouraged";
    }
    // "… phải chịu trách nhiệm nếu …" answers for others, in the sentence's first clause.
    int semi = s.indexOf(';');
    String firstClause = semi < 0 ? s : s.substring(0, semi);
    for (ObligationCues.Cue cue : cues.of("responsible")) {
      Matcher m = cue.pattern().matcher(firstClause);
      if (m.find()
          && (m.start() < 2
              || cueEnd(firstClause) == m.start()
              || beforeIsModal(firstClause, m.start()))) {
        return "responsible";
      }
    }
    return null;
  }

  /**
   * {@code Đề nghị Báo tỉnh đăng …}, {@code Bộ Nội vụ đề nghị Ủy ban nhân dân tỉnh …}: a sentence that
   * asks instead of ordering (devset/RULES.md: {@code đề nghị} for bodies the issuer does not
   * command).
   */
  private boolean requests(String sentence) {
    String s = afterOpener(sentence);
    if (REQUEST_FIRST.matcher(s).lookingAt()) {
      return true;
    }
    if (!startsWithActor(s)) {
      return false;
    }
    // The asker is a body's name, not a description ("Đảng viên có đủ 30 năm tuổi đảng làm tờ khai
    // đề nghị chi bộ", "Đảng viên đề nghị xét sớm: …"), and it asks a body.
    int end = subjectEnd(s);
    if (end <= 0 || s.substring(0, end).matches("(?s).*\\d.*")) {
      return false;
    }
    Matcher asks = REQUEST_FIRST.matcher(s.substring(end).stripLeading());
    return asks.lookingAt() && startsWithActor(s.substring(end).stripLeading().substring(asks.end()));
  }

  /** {@code Trên cơ sở đó, Bộ Nội vụ …} → {@code Bộ Nội vụ …}; a sentence without opener as is. */
  private String afterOpener(String s) {
    if (!opens(s)) {
      return s;
    }
    for (String rest : openerClauses(s)) {
      if (startsWithActor(rest) && !matchesAny("continuation", rest)) {
        return rest;
      }
    }
    return s;
  }

  /** Where the subject of a sentence opening with an adverbial may start: after a comma or colon. */
  private static final Pattern CLAUSE_START = Pattern.compile("[,:]\\s+");

  /** {@code … thì X …}: the main clause after a condition. */
  private static final Pattern THEN = Pattern.compile("\\sthì\\s+");

  /**
   * What follows each comma or colon of a sentence that opens with an adverbial ({@code Đối với
   * …(…, …), …: Cấp ủy …}), in order; a comma inside brackets ends nothing ({@code (qua Bộ Nội
   * vụ, Văn phòng Chính phủ)}).
   */
  private static List<String> openerClauses(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = CLAUSE_START.matcher(s);
    while (m.find()) {
      if (depth(s, m.start()) == 0) {
        out.add(s.substring(m.end()));
      }
    }
    return out;
  }

  /** Where what {@code p} finds first outside brackets ends, or -1. */
  private static int outsideBrackets(String s, Pattern p) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      if (depth(s, m.start()) == 0) {
        return m.end();
      }
    }
    return -1;
  }

  /** How many brackets are open at {@code pos}. */
  private static int depth(String s, int pos) {
    int d = 0;
    for (int i = 0; i < pos; i++) {
      char c = s.charAt(i);
      if (c == '(') {
        d++;
      } else if (c == ')' && d > 0) {
        d--;
      }
    }
    return d;
  }

  /** {@code Đề nghị X}, {@code trân trọng đề nghị X}: the request verb, then whom it asks. */
  private static final Pattern REQUEST_FIRST =
      Pattern.compile(
          "(?:(?:trân\\s+trọng|kính)\\s+)?đề\\s+nghị\\s+(?=\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * {@code … đơn vị phải chịu trách nhiệm …}: the responsibility cue right after the modal verb.
   */
  private static boolean beforeIsModal(String s, int cueStart) {
    String before = s.substring(0, cueStart).stripTrailing();
    return before.endsWith(" phải") || before.endsWith(" cần") || before.endsWith(" sẽ");
  }

  private Obligation obligation(
      String itemText, int start, String modality, String actor, String subject, String section) {
    String line = itemText.strip();
    String first = firstSentence(line);
    String action = action(first, subject, modality);
    String deadline = deadline(line);
    String reportTo = reportTo(line);
    String frequency = FrequencyCues.of(line);
    List<String> tags = new ArrayList<>(themes.tag(line));
    if (reportTo != null && !tags.contains("reporting")) {
      tags.add("reporting");
      tags.sort(java.util.Comparator.comparingInt(this::themeRank));
    }
    return new Obligation(
        modality,
        actor,
        action,
        line,
        section,
        frequency,
        deadline,
        reportTo,
        tags,
        new Span(start, start + line.length()));
  }

  private int themeRank(String id) {
    List<ThemeTagger.Theme> all = themes.themes();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(id)) {
        return i;
      }
    }
    return all.size();
  }

  /**
   * What is to be done: the first clause after the actor (for {@code Giao X chủ trì}, after {@code
   * Giao X}) and the modal cue, with a lower-case first letter.
   */
  private String action(String sentence, String subject, String modality) {
    String s = sentence;
    Matcher g = assign(s);
    if (g != null) {
      s = s.substring(g.end("actor")).strip();
    } else if (subject != null) {
      int at = s.indexOf(subject);
      if (at >= 0) {
        s = s.substring(at + subject.length()).strip();
        s = s.replaceFirst("^theo\\s+chức\\s+năng(?:,\\s*nhiệm\\s+vụ)?\\s+", "");
      }
    } else {
      // "Định kỳ …, các cấp ủy … đánh giá …": the opener stays, it says when.
      s = s.strip();
    }
    s = MODAL_PREFIX.matcher(s).replaceFirst("");
    int semi = s.indexOf(';');
    if (semi > 0) {
      s = s.substring(0, semi);
    }
    s = stripEnd(s);
    if (s.isEmpty()) {
      return null;
    }
    return lowerFirst(s);
  }

  /**
   * {@code Giao X chủ trì …} anywhere at a clause start, or null. Inside a sentence {@code giao}
   * also hands a thing over ({@code …, giao Huy hiệu Đảng cùng quyết định cho cấp ủy cơ sở để tổ
   * chức …}): there it assigns only when what follows names a body.
   */
  private Matcher assign(String sentence) {
    for (ObligationCues.Cue cue : cues.of("assign")) {
      Matcher m = cue.pattern().matcher(sentence);
      while (m.find()) {
        String actor = m.group("actor");
        if (actor.split("\\s+").length <= ACTOR_WORDS
            && (m.start() == 0 || startsWithActor(actor))) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The subject of a sentence: {@code Giao X chủ trì} → X; {@code Yêu cầu X thực hiện} → X; the
   * words before the first verb when they start like an actor ({@code Người đứng đầu …, Ban …, Các
   * cấp ủy …}); after an opener ({@code Ngoài việc …, người đứng đầu cần …}), the first comma
   * segment that starts like an actor. Null when the sentence starts with its verb.
   */
  private String subject(String sentence) {
    String s = sentence.strip();
    Matcher g = assign(s);
    if (g != null) {
      // "Giao các sở: A, B đôn đốc, hướng dẫn …": the assigned bodies end at their first verb.
      String assigned = g.group("actor");
      int verb = subjectEnd(assigned);
      return clean(verb > 0 ? assigned.substring(0, verb) : assigned);
    }
    // "Điều 3. Chánh Văn phòng …, Giám đốc Sở … chịu trách nhiệm thi hành …": after the article's
    // number.
    s = s.replaceFirst("^Điều\\s+\\d+[a-z]?\\.\\s*(?=\\p{Lu})", "");
    Matcher req = REQUEST_OPENING.matcher(s);
    if (req.lookingAt()) {
      s = s.substring(req.end());
    }
    String labelled = colonActor(s);
    if (labelled != null) {
      return labelled;
    }
    if (opens(s)) {
      // "Trường hợp …, chi bộ … không họp được thì cấp ủy chi bộ căn cứ …": the condition ends at
      // "thì"; the main clause after it names who acts.
      int then = outsideBrackets(s, THEN);
      if (then >= 0 && startsWithActor(s.substring(then))) {
        String main = subject(s.substring(then));
        if (main != null) {
          return main;
        }
      }
      for (String rest : openerClauses(s)) {
        if (startsWithActor(rest) && !matchesAny("continuation", rest)) {
          // "Trên cơ sở đó, Bộ Nội vụ đề nghị các bộ …": whom it asks, as without the opener.
          String asked = subject(rest);
          return asked != null ? asked : nounPhrase(rest, subjectEnd(rest));
        }
      }
      return null;
    }
    if (GIVE.matcher(s).lookingAt()) {
      // "Giao Sở Y tế tiến hành …": the assigned body, up to its verb.
      String rest = s.substring(s.indexOf(' ') + 1);
      int verb = subjectEnd(rest);
      if (verb < 0 && !ActionVerbs.in(rest) && (rest.endsWith(":") || !rest.contains(" "))) {
        return clean(rest); // "Giao Sở Tư pháp:" heading its tasks
      }
      if (verb < 0 && !ActionVerbs.in(rest) && rest.split("\\s+").length <= TITLE_WORDS) {
        return clean(rest); // the same heading once its colon is gone
      }
      return nounPhrase(rest, verb);
    }
    if (!startsWithActor(s)) {
      return null;
    }
    int end = subjectEnd(s);
    if (end < 0) {
      // "Báo Bình Thuận đăng …": a proper name, its capitalised words.
      Matcher name = PROPER_NAME.matcher(s);
      boolean named =
          name.lookingAt()
              && name.group().split("\\s+").length >= 2
              && ActionVerbs.in(s.substring(name.end()));
      return named ? clean(name.group()) : null;
    }
    String subject = nounPhrase(s, end);
    Matcher asks = ASKS.matcher(s.substring(end));
    if (subject != null && asks.lookingAt()) {
      // "Bộ Nội vụ đề nghị Ủy ban nhân dân tỉnh … khẩn trương …": whom it asks.
      String rest = s.substring(end + asks.end());
      String asked = startsWithActor(rest) ? nounPhrase(rest, subjectEnd(rest)) : null;
      return asked != null ? asked : subject;
    }
    return subject;
  }

  /**
   * {@code Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung …}: a short label before a
   * colon names who does what follows; {@code Thanh tra khoa học: Ủy ban nhân dân các huyện làm đầu
   * mối …}: when what follows the colon starts with an actor, the label is a topic and that actor
   * acts. Null when the sentence has no such label.
   */
  private String colonActor(String s) {
    Matcher m = COLON_LABEL.matcher(s);
    if (!m.lookingAt()) {
      return null;
    }
    String head = m.group("head");
    String rest = s.substring(m.end());
    if (startsWithActor(rest)) {
      String after = nounPhrase(rest, subjectEnd(rest));
      if (after != null) {
        return after;
      }
    }
    boolean labelIsActor =
        startsWithActor(head)
            && head.split("\\s+").length <= LABEL_WORDS
            && (subjectEnd(head) < 0 || head.contains(" - ") || verbInName(head));
    return labelIsActor ? clean(head) : null;
  }

  /**
   * Whether the first verb of {@code label} is part of a body's name ({@code Ban xây dựng Đảng}):
   * followed by a capitalised word. {@code … tổ chức hội nghị với các nội dung} is a clause.
   */
  private boolean verbInName(String label) {
    int v = subjectEnd(label);
    return v >= 0 && NAME_VERB.matcher(label.substring(v)).lookingAt();
  }

  private static final Pattern NAME_VERB =
      Pattern.compile("\\s*\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+\\p{Lu}");

  /** A label before a colon: a short phrase, then a capitalised word or the end. */
  private static final Pattern COLON_LABEL =
      Pattern.compile("(?<head>[^:;.]{2,120}?)\\s*:\\s+(?=\\p{Lu})");

  /** An actor label before a colon is a title, not a clause: at most this many words. */
  private static final int LABEL_WORDS = 20;

  /** {@code Giao X …}: the sentence assigns. */
  private static final Pattern GIVE = Pattern.compile("^Giao\\s+(?:cho\\s+)?\\p{Lu}");

  /** The verbs by which a subject asks another body to act. */
  private static final Pattern ASKS =
      Pattern.compile("\\s*(?:trân\\s+trọng\\s+|kính\\s+)?(?:đề\\s+nghị|yêu\\s+cầu|giao)\\s+");

  /** Capitalised words from the start: a body's proper name ({@code Báo Bình Thuận}). */
  private static final Pattern PROPER_NAME =
      Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{M}]*\\s+)+(?=\\p{Ll})");

  /** {@code s} up to {@code verb} when that is a plausible noun phrase, else null. */
  private String nounPhrase(String s, int verb) {
    if (verb <= 0) {
      return null;
    }
    String before = s.substring(0, verb).strip();
    // "Điều 3. Chánh Văn phòng …; Giám đốc các sở …; Chủ tịch UBND các xã … chịu trách nhiệm thi
    // hành …": the bodies that answer for execution are listed with ";", all of them the actor.
    // "Các sở, ban, ngành; Ủy ban nhân dân các huyện … căn cứ …": bodies listed with ";" are one
    // collective actor when each part names a body.
    boolean answers = RESPONSIBLE_AT.matcher(s.substring(verb)).lookingAt();
    boolean bodies = answers;
    if (!bodies && before.contains(";")) {
      bodies = true;
      for (String part : before.split(";")) {
        bodies &= startsWithActor(part.strip());
      }
    }
    if (before.split("\\s+").length > (bodies ? 2 * ACTOR_WORDS : ACTOR_WORDS)
        || (before.contains(";") && !bodies)) {
      return null;
    }
    return clean(before);
  }

  private static final Pattern RESPONSIBLE_AT =
      Pattern.compile("\\s*(?:chịu|có)\\s+trách\\s+nhiệm\\s+(?:thi\\s+hành|thực\\s+hiện|tổ\\s+chức)");

  /**
   * Where the first verb cue of {@code s} starts, or -1. A cue right after a bare head is part of a
   * body's name: {@code Ban chấp hành Đảng bộ}, {@code Ban xây dựng Đảng}, {@code Tổ công tác}.
   */
  private int cueEnd(String s) {
    int best = -1;
    for (ObligationCues.Cue cue : cues.of("verb")) {
      Matcher m = cue.pattern().matcher(s);
      while (m.find()) {
        if (!BARE_HEAD.matcher(s.substring(0, m.start())).find()) {
          if (best < 0 || m.start() < best) {
            best = m.start();
          }
          break;
        }
      }
    }
    return best;
  }

  /**
   * A body's head word, capitalised as names are, that a verb may follow inside its name: {@code
   * Ban}, {@code Tổ}, {@code Đoàn} ({@code … trong tiểu ban căn cứ …} is a clause).
   */
  private static final Pattern BARE_HEAD = Pattern.compile("(?<![\\p{L}])(?:Ban|Tổ|Đoàn)$");

  /** Where the subject of {@code s} ends: at its first verb cue or verb of action, or -1. */
  private int subjectEnd(String s) {
    int cue = cueEnd(s);
    // Without a verb cue, a verb of action ends the subject ("Ủy ban nhân dân tỉnh tổ chức …");
    // not as the first word, which would leave no subject. With one, the cue decides: a verb of
    // action before it may qualify a noun ("các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy
    // định kỳ … báo cáo").
    int verb = ActionVerbs.first(s, 1);
    if (verb >= 0 && s.substring(0, verb).isBlank()) {
      verb = -1;
    }
    return cue >= 0 && (verb < 0 || cue < verb) ? cue : verb;
  }

  private boolean startsWithActor(String s) {
    for (ObligationCues.Cue cue : cues.of("actor")) {
      if (cue.pattern().matcher(s).find()) {
        return true;
      }
    }
    return false;
  }

  private boolean opens(String s) {
    return matchesAny("opener", s);
  }

  private boolean matchesAny(String kind, String s) {
    for (ObligationCues.Cue cue : cues.of(kind)) {
      if (cue.pattern().matcher(s).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The body reports go to: {@code báo cáo Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy)} → {@code
   * Ban Thường vụ Tỉnh ủy}; several bodies joined by commas stay together ({@code Thường trực Tỉnh
   * ủy, Chủ tịch HĐND}); null when the text names none.
   */
  static String reportTo(String text) {
    for (ObligationCues.Cue cue : ObligationCues.get().of("report")) {
      Matcher m = cue.pattern().matcher(text);
      while (m.find()) {
        String rest = text.substring(m.start("to"));
        if (rest.startsWith("cấp")) {
          Matcher generic = Pattern.compile("^cấp\\s+(?:có\\s+thẩm\\s+quyền|trên)").matcher(rest);
          if (generic.lookingAt()) {
            return generic.group();
          }
        }
        Matcher end = RECIPIENT_END.matcher(rest);
        int stop = rest.length();
        int from = 1;
        while (end.find(from)) {
          if (end.start() > 0) {
            stop = end.start();
            break;
          }
          from = end.end() + 1;
          if (from > rest.length()) {
            break;
          }
        }
        String body = rest.substring(0, stop).strip().replaceAll("[,\\s]+$", "");
        if (!body.isEmpty() && body.split("\\s+").length <= 20) {
          return body;
        }
      }
    }
    return null;
  }

  /**
   * The ISO date after a deadline cue ({@code trước ngày 15/12/2026} → {@code 2026-12-15}), or
   * null.
   */
  static String deadline(String text) {
    for (VietnameseDates.Match m : VietnameseDates.find(text)) {
      if (DateExtractor.isDeadline(text, m.start())) {
        return m.date().toString();
      }
    }
    return null;
  }

  private static String firstSentence(String text) {
    Matcher m = SENTENCE_END.matcher(text);
    return m.find() ? text.substring(0, m.start()) : text;
  }

  /** An actor as written, without the trailing {@code theo chức năng, nhiệm vụ} or punctuation. */
  private static String clean(String actor) {
    if (actor == null) {
      return null;
    }
    String a = actor.strip().replaceAll("[,;:.\\s]+$", "");
    a = a.replaceAll("\\s+theo\\s+chức\\s+năng(?:,\\s*nhiệm\\s+vụ)?(?:\\s+được\\s+giao)?$", "");
    // Adverbs between subject and verb ("… đơn vị trước hết phải …") are not part of the actor.
    a = a.replaceAll("\\s+(?:trước\\s+hết|trước\\s+tiên|đều|cũng|nhất\\s+là|được)$", "");
    a = a.replaceAll("^(?:[Tt]hì|[Vv]à)\\s+", "");
    a = person(a).strip();
    // "UBND các xã, phường nơi đơn vị … đặt trụ sở": the relative clause is not the actor.
    a = a.replaceFirst("\\s+nơi\\s.*$", "");
    return a.isEmpty() ? null : a;
  }

  private static String stripEnd(String s) {
    return s.strip().replaceAll("(?:\\s*\\./\\.|[.;,:\\s])+$", "");
  }

  /** {@code Sử dụng …} → {@code sử dụng …}; {@code UBND …}, {@code KPI …} stay. */
  private static String lowerFirst(String s) {
    int cp = s.codePointAt(0);
    int next = s.length() > Character.charCount(cp) ? s.codePointAt(Character.charCount(cp)) : ' ';
    if (Character.isUpperCase(cp) && !Character.isUpperCase(next)) {
      return s.substring(0, Character.charCount(cp)).toLowerCase(Locale.ROOT)
          + s.substring(Character.charCount(cp));
    }
    return s;
  }
}
