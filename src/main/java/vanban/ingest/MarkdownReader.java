package vanban.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reads a Markdown file as the plain text of the document it holds, with a CommonMark parser:
 * what documents converted from PDF or saved from portals look like (issue "Real documents").
 *
 * <ul>
 *   <li>A YAML front matter block is the converter's, not the document's: dropped.
 *   <li>Emphasis ({@code **BỘ TÀI CHÍNH**}, {@code *Hà Nội, ngày …*}) and backslash escapes
 *       ({@code \-}) are markup: their text is kept, the marks are not.
 *   <li>Tables keep their cells apart: each cell on lines of its own, a row's cells left to
 *       right, so a two-column header reads as its two columns. Pipe tables (GFM) and Pandoc's
 *       simple and multiline tables (columns given by a row of dash runs) both.
 *   <li>Indentation is layout in these files, never code: no line becomes a code block.
 *   <li>A converter's page marker ({@code --- PAGE 2 ---}) is dropped.
 * </ul>
 *
 * Thread-safe.
 */
final class MarkdownReader {

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), YamlFrontMatterExtension.create());

  private static final Parser PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          // Indentation is layout: no indented code blocks.
          .enabledBlockTypes(
              Set.of(
                  org.commonmark.node.Heading.class,
                  org.commonmark.node.HtmlBlock.class,
                  org.commonmark.node.ThematicBreak.class,
                  org.commonmark.node.FencedCodeBlock.class,
                  org.commonmark.node.BlockQuote.class,
                  org.commonmark.node.ListBlock.class))
          .build();

  /** {@code --- PAGE 2 ---}, {@code ===== Trang 3 =====}: a converter's page marker. */
  private static final Pattern PAGE_MARKER =
      Pattern.compile("(?im)^[ \\t]*[-=]{2,}[ \\t]*(?:PAGE|TRANG)[ \\t]+\\d+[ \\t]*[-=]{2,}[ \\t]*$");

  /** A Pandoc simple or multiline table rule: two or more dash runs apart, {@code --- ----}. */
  private static final Pattern DASH_COLUMNS = Pattern.compile("^[ \\t]*-{3,}(?:[ \\t]+-{3,})+[ \\t]*$");

  private static final Pattern DASH_RUN = Pattern.compile("-{3,}");

  /** A Pandoc grid table rule: {@code +-----+:-----:+}. */
  private static final Pattern GRID_RULE = Pattern.compile("^[ \\t]*\\+(?:[-=:]{3,}\\+)+[ \\t]*$");

  /** Emphasis marks the parser left as text (unbalanced across a table's cells). */
  private static final Pattern STRAY_STARS = Pattern.compile("(?m)^\\*+\\s*|\\s*\\*+$|(?<=\\s)\\*{2,}(?=\\s)");

  private MarkdownReader() {}

  /** The document's text: blocks apart by a blank line, lines as the source broke them. */
  static String read(String markdown) {
    String source = PAGE_MARKER.matcher(markdown).replaceAll("");
    source = pandocTablesToCells(source);
    Node document = PARSER.parse(source);
    TextRenderer renderer = new TextRenderer();
    document.accept(renderer);
    String text = STRAY_STARS.matcher(renderer.text()).replaceAll("");
    // A hard-break backslash at the end of a block is literal in CommonMark; here it is layout.
    text = text.replaceAll("(?m)\\\\$", "");
    return text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }

  /**
   * Pandoc's simple and multiline tables lay cells side by side in fixed columns between rows of
   * dash runs. Each row's cells are written one after the other, each a paragraph of its own, so
   * the parser and the reader see a column as a column.
   */
  static String pandocTablesToCells(String source) {
    String[] lines = source.split("\n", -1);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < lines.length) {
      if (GRID_RULE.matcher(lines[i]).matches()) {
        i = gridTable(lines, i, out);
        continue;
      }
      if (!DASH_COLUMNS.matcher(lines[i]).matches()) {
        out.append(lines[i]).append('\n');
        i++;
        continue;
      }
      List<int[]> columns = columns(lines[i]);
      int end = i + 1;
      while (end < lines.length
          && !DASH_COLUMNS.matcher(lines[end]).matches()
          && !(lines[end].isBlank() && end + 1 < lines.length && lines[end + 1].isBlank())) {
        end++;
      }
      List<String> row = new ArrayList<>();
      for (int k = i + 1; k < end; k++) {
        if (lines[k].isBlank()) {
          writeRow(out, row, columns);
          row.clear();
        } else {
          row.add(lines[k]);
        }
      }
      writeRow(out, row, columns);
      i = end < lines.length && DASH_COLUMNS.matcher(lines[end]).matches() ? end + 1 : end;
    }
    return out.toString();
  }

  /**
   * A Pandoc grid table from the rule at {@code start}: {@code +----+:----:+} rules, {@code | … |}
   * rows; each row's cells written one after the other. Returns the index after the table.
   */
  private static int gridTable(String[] lines, int start, StringBuilder out) {
    List<Integer> plus = new ArrayList<>();
    for (int k = 0; k < lines[start].length(); k++) {
      if (lines[start].charAt(k) == '+') {
        plus.add(k);
      }
    }
    int i = start + 1;
    List<StringBuilder> cells = new ArrayList<>();
    for (int c = 0; c + 1 < plus.size(); c++) {
      cells.add(new StringBuilder());
    }
    while (i < lines.length) {
      String line = lines[i];
      if (GRID_RULE.matcher(line).matches()) {
        flushCells(out, cells);
        i++;
        if (i >= lines.length || !lines[i].stripLeading().startsWith("|")) {
          break;
        }
        continue;
      }
      if (!line.stripLeading().startsWith("|")) {
        break;
      }
      for (int c = 0; c + 1 < plus.size(); c++) {
        int from = Math.min(line.length(), plus.get(c) + 1);
        int to = Math.min(line.length(), plus.get(c + 1));
        String part = from < to ? line.substring(from, to) : "";
        part = part.replace("|", " ").strip();
        if (!part.isEmpty()) {
          cells.get(c).append(part).append('\n');
        }
      }
      i++;
    }
    flushCells(out, cells);
    return i;
  }

  private static void flushCells(StringBuilder out, List<StringBuilder> cells) {
    for (StringBuilder cell : cells) {
      if (cell.length() > 0) {
        out.append('\n').append(cell).append('\n');
        cell.setLength(0);
      }
    }
  }

  private static List<int[]> columns(String rule) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = DASH_RUN.matcher(rule);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    // A cell's text may start before its dashes or run past them: cut half way between runs.
    List<int[]> cuts = new ArrayList<>();
    for (int c = 0; c < spans.size(); c++) {
      int from = c == 0 ? 0 : spans.get(c)[0];
      int to = c + 1 < spans.size() ? spans.get(c + 1)[0] : Integer.MAX_VALUE;
      cuts.add(new int[] {from, to});
    }
    return cuts;
  }

  private static void writeRow(StringBuilder out, List<String> row, List<int[]> columns) {
    if (row.isEmpty()) {
      return;
    }
    for (int[] col : columns) {
      StringBuilder cell = new StringBuilder();
      for (String line : row) {
        String part = slice(line, col[0], col[1]).strip();
        if (!part.isEmpty()) {
          cell.append(part).append('\n');
        }
      }
      if (cell.length() > 0) {
        out.append('\n').append(cell).append('\n');
      }
    }
  }

  /**
   * The part of {@code line} in columns {@code [from, to)}, moved to whole words: a word that
   * starts before {@code to} belongs to the column it starts in.
   */
  private static String slice(String line, int from, int to) {
    int start = wordStart(line, Math.min(from, line.length()));
    int end = wordStart(line, (int) Math.min((long) to, line.length()));
    return start >= end ? "" : line.substring(start, end);
  }

  private static int wordStart(String line, int at) {
    int k = at;
    while (k > 0 && k < line.length() && !Character.isWhitespace(line.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  /** Plain text of the parsed tree: one line per source line, a blank line between blocks. */
  private static final class TextRenderer extends AbstractVisitor {
    private final StringBuilder sb = new StringBuilder();

    String text() {
      return sb.toString();
    }

    private void endBlock() {
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
        sb.append('\n');
      }
      sb.append('\n');
    }

    @Override
    public void visit(Text text) {
      sb.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      sb.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      sb.append('\n');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      sb.append('\n');
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
      endBlock();
    }

    @Override
    public void visit(HtmlInline htmlInline) {
      String t = Jsoup.parse(htmlInline.getLiteral()).text();
      sb.append(t);
      if (htmlInline.getLiteral().matches("(?i)<br\\s*/?>")) {
        sb.append('\n');
      }
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
      sb.append(Jsoup.parse(htmlBlock.getLiteral()).wholeText().strip());
      endBlock();
    }

    @Override
    public void visit(FencedCodeBlock code) {
      sb.append(code.getLiteral());
      endBlock();
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      sb.append(code.getLiteral());
      endBlock();
    }

    @Override
    public void visit(ListItem item) {
      if (item.getParent() instanceof OrderedList ol) {
        int n = ol.getMarkerStartNumber() == null ? 1 : ol.getMarkerStartNumber();
        for (Node prev = item.getPrevious(); prev != null; prev = prev.getPrevious()) {
          n++;
        }
        sb.append(n).append(ol.getMarkerDelimiter() == null ? "." : ol.getMarkerDelimiter());
        sb.append(' ');
      } else {
        sb.append("- ");
      }
      // A list item's paragraphs follow its marker on the same line.
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof org.commonmark.node.Paragraph p) {
          visitChildren(p);
          sb.append('\n');
        } else {
          child.accept(this);
        }
      }
    }

    @Override
    public void visit(CustomBlock block) {
      if (block instanceof TableBlock) {
        visitChildren(block);
        endBlock();
      } else {
        super.visit(block);
      }
    }

    @Override
    public void visit(CustomNode node) {
      if (node instanceof TableRow) {
        visitChildren(node);
      } else if (node instanceof TableCell) {
        int before = sb.length();
        visitChildren(node);
        if (sb.length() > before) {
          sb.append('\n');
        }
      } else {
        visitChildren(node);
      }
    }

    @Override
    protected void visitChildren(Node parent) {
      Node node = parent.getFirstChild();
      while (node != null) {
        Node next = node.getNext();
        node.accept(this);
        if (node instanceof Block
            && !(node instanceof ListItem)
            && !(node instanceof TableRow)
            && !(node instanceof CustomBlock)
            && !(node instanceof ThematicBreak)
            && !(node instanceof HtmlBlock)
            && !(node instanceof FencedCodeBlock)
            && !(node instanceof IndentedCodeBlock)
            && !(parent instanceof ListItem)) {
          endBlock();
        }
        node = next;
      }
    }
  }
}
