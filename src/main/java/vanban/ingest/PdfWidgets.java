package vanban.ingest;

import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Puts the text that form-field and signature widgets write into a line of the page into the page
 * content, at its place in that line.
 *
 * <p>Why: Vietnamese e-signing software stamps the number and date of a document into widgets at
 * signing time ({@code Số: 8977 /BNV-TCPCP}, {@code ngày 06 tháng 10}) while the page content keeps
 * the blanks the drafter left ({@code Số: /BNV-TCPCP}). A viewer draws the widgets over the page,
 * but text extraction reads the page content only, so the number and date were lost.
 *
 * <p>Where: text extraction follows the order of the content stream, so a widget drawn at the end
 * of the page (as {@code PDAcroForm.flatten} does) would read after the whole page. A widget is
 * therefore drawn right after the glyph that is its nearest left neighbour on its line (else right
 * before its nearest right neighbour), splitting the text-showing operator and text object there
 * and resuming them exactly where they were.
 *
 * <p>Which: only widgets whose text is one line and shares that line with text of the page, i.e.
 * fill-ins. Signature stamps ("Ký bởi: … Thời gian ký: …", several lines over the signature) and
 * banners alone on their line stay out, so the text of a PDF changes only where a widget completes
 * one of its lines. Only the in-memory document changes; the annotations stay, so rendering is as
 * before.
 */
final class PdfWidgets {
  private PdfWidgets() {}

  /**
   * Draws the text of every fill-in widget into the content of its page.
   *
   * @return per page, how many glyphs the widgets added there: they are not the page's own text
   *     layer
   */
  static int[] flatten(PDDocument doc) throws IOException {
    int[] added = new int[doc.getNumberOfPages()];
    int pageIndex = 0;
    for (PDPage page : doc.getPages()) {
      List<Widget> widgets = new ArrayList<>();
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationWidget widget) {
          Widget w = Widget.of(widget, page);
          if (w != null) {
            widgets.add(w);
          }
        }
      }
      if (!widgets.isEmpty()) {
        added[pageIndex] = drawInto(doc, page, widgets);
      }
      pageIndex++;
    }
    return added;
  }

  /** Whether each page draws an image XObject (directly or in a form), as a scan does. */
  static boolean[] pagesWithImages(PDDocument doc) {
    boolean[] images = new boolean[doc.getNumberOfPages()];
    int i = 0;
    for (PDPage page : doc.getPages()) {
      images[i++] = hasImage(page.getResources(), 0);
    }
    return images;
  }

  private static boolean hasImage(PDResources resources, int depth) {
    if (resources == null || depth > 4) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.isImageXObject(name)) {
        return true;
      }
      try {
        PDXObject x = resources.getXObject(name);
        if (x instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
          return true;
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable XObject draws nothing
      }
    }
    return false;
  }

  // Returns the glyphs added.
  private static int drawInto(PDDocument doc, PDPage page, List<Widget> widgets)
      throws IOException {
    Locator located = new Locator();
    located.processPage(page);
    List<Insertion> insertions = new ArrayList<>();
    for (Widget w : widgets) {
      Insertion at = located.insertionFor(w);
      if (at != null) {
        insertions.add(at);
      }
    }
    if (insertions.isEmpty()) {
      return 0;
    }
    // per operator, the insertions that go into it (before a glyph) or after it, left to right
    TreeMap<Integer, List<Insertion>> byOperator = new TreeMap<>();
    for (Insertion at : insertions) {
      byOperator.computeIfAbsent(at.operator, k -> new ArrayList<>()).add(at);
    }
    byOperator
        .values()
        .forEach(
            list ->
                list.sort(
                    Comparator.comparingInt(Insertion::beforeGlyphOrLast)
                        .thenComparingDouble(i -> i.widget.left())));

    PDResources resources = page.getResources();
    if (resources == null) {
      resources = new PDResources();
      page.setResources(resources);
    }
    List<Object> tokens = new PDFStreamParser(page).parse();
    PDStream rewritten = new PDStream(doc);
    try (OutputStream out = rewritten.createOutputStream(COSName.FLATE_DECODE)) {
      ContentStreamWriter writer = new ContentStreamWriter(out);
      for (Insertion at : byOperator.getOrDefault(-1, List.of())) {
        write(writer, at, resources);
      }
      int operator = -1;
      List<COSBase> operands = new ArrayList<>();
      for (Object token : tokens) {
        if (!(token instanceof Operator op)) {
          operands.add((COSBase) token);
          continue;
        }
        operator++;
        List<Insertion> here = byOperator.getOrDefault(operator, List.of());
        List<Insertion> inside = here.stream().filter(i -> i.beforeGlyph > 0).toList();
        if (inside.isEmpty()) {
          writer.writeTokens(operands);
          writer.writeToken(op);
        } else {
          int[] cuts = inside.stream().mapToInt(Insertion::beforeGlyph).toArray();
          List<List<COSBase>> parts = split(op, operands, located.fonts.get(operator), cuts);
          for (int p = 0; p < parts.size(); p++) {
            writer.writeTokens(parts.get(p));
            writer.writeToken(
                p == 0 ? op : Operator.getOperator(isArray(parts.get(p)) ? "TJ" : "Tj"));
            if (p < inside.size()) {
              write(writer, inside.get(p), resources);
            }
          }
        }
        for (Insertion at : here) {
          if (at.beforeGlyph <= 0) {
            write(writer, at, resources);
          }
        }
        operands.clear();
      }
      writer.writeTokens(operands);
    }
    page.setContents(rewritten);
    return insertions.stream().mapToInt(i -> i.widget.glyphs.size()).sum();
  }

  private static boolean isArray(List<COSBase> operands) {
    return operands.size() == 1 && operands.get(0) instanceof COSArray;
  }

  /**
   * Cuts the operands of a text-showing operator before the glyphs numbered in {@code cuts}
   * (ascending, each at least 1): the first part keeps the operator's own operands (a {@code '}
   * still moves to the next line, a {@code "} still sets its spacings), the rest are shown by
   * {@code Tj} or {@code TJ}.
   */
  private static List<List<COSBase>> split(
      Operator op, List<COSBase> operands, PDFont font, int[] cuts) throws IOException {
    String name = op.getName();
    List<COSBase> prefix = new ArrayList<>();
    List<COSBase> elements = new ArrayList<>();
    boolean array = name.equals(OperatorName.SHOW_TEXT_ADJUSTED);
    if (array) {
      ((COSArray) operands.get(0)).forEach(elements::add);
    } else {
      prefix.addAll(operands.subList(0, operands.size() - 1));
      elements.add(operands.get(operands.size() - 1));
    }
    List<List<COSBase>> pieces = new ArrayList<>();
    List<COSBase> current = new ArrayList<>();
    int glyph = 0;
    int next = 0;
    for (COSBase element : elements) {
      if (!(element instanceof COSString string)) {
        current.add(element);
        continue;
      }
      byte[] bytes = string.getBytes();
      InputStream in = new ByteArrayInputStream(bytes);
      int start = 0;
      while (in.available() > 0) {
        if (next < cuts.length && glyph == cuts[next]) {
          int at = bytes.length - in.available();
          if (at > start) {
            current.add(new COSString(Arrays.copyOfRange(bytes, start, at)));
          }
          pieces.add(current);
          current = new ArrayList<>();
          start = at;
          next++;
          continue;
        }
        font.readCode(in);
        glyph++;
      }
      if (start < bytes.length || bytes.length == 0) {
        current.add(new COSString(Arrays.copyOfRange(bytes, start, bytes.length)));
      }
    }
    pieces.add(current);
    List<List<COSBase>> parts = new ArrayList<>();
    for (int p = 0; p < pieces.size(); p++) {
      List<COSBase> piece = pieces.get(p);
      List<COSBase> part = new ArrayList<>(p == 0 ? prefix : List.of());
      if (array) {
        COSArray a = new COSArray();
        piece.forEach(a::add);
        part.add(a);
      } else {
        part.add(piece.isEmpty() ? new COSString(new byte[0]) : piece.get(0));
      }
      parts.add(part);
    }
    return parts;
  }

  // [ET] q M cm /Name Do Q [BT Tlm Tm [adjust] TJ]: a text object cannot hold a Do, so one that is
  // open is closed, and reopened with its matrices as they were.
  private static void write(ContentStreamWriter writer, Insertion at, PDResources resources)
      throws IOException {
    State s = at.state;
    COSName name = resources.add(new PDFormXObject(at.widget.appearance.getCOSObject()), "VbW");
    if (s.inText) {
      writer.writeToken(Operator.getOperator(OperatorName.END_TEXT));
    }
    writer.writeToken(Operator.getOperator(OperatorName.SAVE));
    writeMatrix(writer, at.widget.placement.multiply(inverse(s.ctm)), OperatorName.CONCAT);
    writer.writeTokens(name, Operator.getOperator(OperatorName.DRAW_OBJECT));
    writer.writeToken(Operator.getOperator(OperatorName.RESTORE));
    if (s.inText) {
      writer.writeToken(Operator.getOperator(OperatorName.BEGIN_TEXT));
      writeMatrix(writer, s.lineMatrix, OperatorName.SET_MATRIX);
      // Tm sets the line and the text matrix alike; a TJ offset moves the text matrix alone on to
      // where the text shown so far on this line ended.
      float advance = s.advance();
      if (advance != 0 && s.fontSize != 0 && s.horizontalScaling != 0) {
        COSArray adjust = new COSArray();
        adjust.add(new COSFloat(-advance * 1000 / (s.fontSize * s.horizontalScaling)));
        writer.writeTokens(adjust, Operator.getOperator(OperatorName.SHOW_TEXT_ADJUSTED));
      }
    }
  }

  private static void writeMatrix(ContentStreamWriter writer, Matrix m, String operator)
      throws IOException {
    writer.writeTokens(
        new COSFloat(m.getScaleX()),
        new COSFloat(m.getShearY()),
        new COSFloat(m.getShearX()),
        new COSFloat(m.getScaleY()),
        new COSFloat(m.getTranslateX()),
        new COSFloat(m.getTranslateY()),
        Operator.getOperator(operator));
  }

  private static Matrix inverse(Matrix m) throws IOException {
    try {
      return new Matrix(m.createAffineTransform().createInverse());
    } catch (NoninvertibleTransformException e) {
      throw new IOException("degenerate transformation matrix", e);
    }
  }

  /**
   * One glyph in page space: origin and size, the top-level operator that drew it and its number
   * among that operator's glyphs (-1 inside a form the operator drew).
   */
  private record Glyph(
      int operator, int ordinal, float x, float y, float width, float height, boolean blank) {}

  /** Graphics and text state at one point of the top-level content. */
  private record State(
      boolean inText,
      Matrix ctm,
      Matrix textMatrix,
      Matrix lineMatrix,
      float fontSize,
      float horizontalScaling) {
    static final State START = new State(false, new Matrix(), null, null, 0, 1);

    // how far the text matrix has moved from the line matrix, in text space
    float advance() {
      if (!inText || textMatrix == null || lineMatrix == null) {
        return 0;
      }
      try {
        return textMatrix.multiply(inverse(lineMatrix)).getTranslateX();
      } catch (IOException e) {
        return 0;
      }
    }
  }

  /**
   * A widget's drawing, inside {@code operator} before its glyph {@code beforeGlyph} (at least 1),
   * or after {@code operator} when {@code beforeGlyph} is -1; {@code state} is the state there.
   */
  private record Insertion(int operator, int beforeGlyph, State state, Widget widget) {
    int beforeGlyphOrLast() {
      return beforeGlyph < 0 ? Integer.MAX_VALUE : beforeGlyph;
    }
  }

  /** A widget that writes one line of text: its appearance, its placement and its glyphs. */
  private static final class Widget {
    final PDAppearanceStream appearance;
    final Matrix placement;
    final List<Glyph> glyphs;

    private Widget(PDAppearanceStream appearance, Matrix placement, List<Glyph> glyphs) {
      this.appearance = appearance;
      this.placement = placement;
      this.glyphs = glyphs;
    }

    static Widget of(PDAnnotationWidget widget, PDPage page) throws IOException {
      if (widget.isHidden() || widget.isNoView() || widget.getRectangle() == null) {
        return null;
      }
      PDAppearanceStream appearance = widget.getNormalAppearanceStream();
      if (appearance == null) {
        return null;
      }
      PDRectangle bbox = appearance.getBBox();
      PDRectangle rect = widget.getRectangle();
      if (bbox == null
          || bbox.getWidth() <= 0
          || bbox.getHeight() <= 0
          || rect.getWidth() <= 0
          || rect.getHeight() <= 0) {
        return null;
      }
      Matrix placement = placement(rect, appearance);
      Locator locator = new Locator();
      locator.processAppearance(appearance, page);
      List<Glyph> glyphs = new ArrayList<>();
      for (Glyph g : locator.glyphs) {
        Point2D.Float origin = placement.transformPoint(g.x, g.y);
        Point2D.Float corner = placement.transformPoint(g.x + g.width, g.y + g.height);
        glyphs.add(
            new Glyph(
                -1,
                -1,
                origin.x,
                origin.y,
                Math.abs(corner.x - origin.x),
                Math.abs(corner.y - origin.y),
                g.blank));
      }
      Widget w = new Widget(appearance, placement, glyphs);
      return w.text().isEmpty() || !w.oneLine() ? null : w;
    }

    // As PDAcroForm.flatten: the appearance's bounding box, through its matrix, onto /Rect.
    private static Matrix placement(PDRectangle rect, PDAppearanceStream appearance) {
      Rectangle2D box = appearance.getBBox().transform(appearance.getMatrix()).getBounds2D();
      Matrix m = new Matrix();
      m.translate(
          (float) (rect.getLowerLeftX() - box.getX()), (float) (rect.getLowerLeftY() - box.getY()));
      m.scale(
          (float) (rect.getWidth() / box.getWidth()), (float) (rect.getHeight() / box.getHeight()));
      return m;
    }

    List<Glyph> text() {
      return glyphs.stream().filter(g -> !g.blank).toList();
    }

    private boolean oneLine() {
      float baseline = baseline();
      float tolerance = tolerance();
      return text().stream().allMatch(g -> Math.abs(g.y - baseline) <= tolerance);
    }

    float left() {
      return (float) text().stream().mapToDouble(Glyph::x).min().orElse(0);
    }

    float baseline() {
      List<Glyph> t = text();
      return (float) t.stream().mapToDouble(Glyph::y).sum() / t.size();
    }

    float tolerance() {
      return Math.max(1, (float) text().stream().mapToDouble(Glyph::height).max().orElse(0) / 2);
    }
  }

  /**
   * Follows the text operators of a page (or of an appearance) and records where each glyph lands
   * and which top-level operator drew it, with the state before each glyph and after each top-level
   * operator.
   */
  private static final class Locator extends PDFStreamEngine {
    final List<Glyph> glyphs = new ArrayList<>();
    final List<State> beforeGlyph = new ArrayList<>();
    final List<State> after = new ArrayList<>();
    final List<PDFont> fonts = new ArrayList<>();
    private int operator = -1;
    private int ordinal;
    private int nested;
    private boolean appearance;

    Locator() {
      addOperator(new BeginText(this));
      addOperator(new EndText(this));
      addOperator(new SetFontAndSize(this));
      addOperator(new ShowText(this));
      addOperator(new ShowTextAdjusted(this));
      addOperator(new ShowTextLine(this));
      addOperator(new ShowTextLineAndSpace(this));
      addOperator(new MoveText(this));
      addOperator(new MoveTextSetLeading(this));
      addOperator(new NextLine(this));
      addOperator(new SetTextLeading(this));
      addOperator(new SetCharSpacing(this));
      addOperator(new SetWordSpacing(this));
      addOperator(new SetTextHorizontalScaling(this));
      addOperator(new SetTextRise(this));
      addOperator(new SetTextRenderingMode(this));
      addOperator(new SetMatrix(this));
      addOperator(new Save(this));
      addOperator(new Restore(this));
      addOperator(new Concatenate(this));
      addOperator(new SetGraphicsStateParameters(this));
      addOperator(new DrawObject(this));
    }

    void processAppearance(PDAppearanceStream stream, PDPage page) throws IOException {
      appearance = true;
      processChildStream(stream, page);
    }

    // Forms drawn by a top-level Do run at a deeper level: their glyphs belong to that Do.
    private boolean topLevel() {
      return getLevel() == 0 && !appearance;
    }

    @Override
    protected void processOperator(Operator op, List<COSBase> operands) throws IOException {
      // TD, ' and " run other operators through here (TL and Td, T* and Tj, Tw Tc and '): only
      // the outermost call is an operator of the content stream.
      boolean top = topLevel() && nested == 0;
      if (top) {
        operator++;
        ordinal = 0;
      }
      nested++;
      try {
        super.processOperator(op, operands);
      } finally {
        nested--;
      }
      if (top) {
        after.add(state());
        fonts.add(getGraphicsState().getTextState().getFont());
      }
    }

    private State state() {
      Matrix tm = getTextMatrix();
      Matrix tlm = getTextLineMatrix();
      var text = getGraphicsState().getTextState();
      return new State(
          tm != null,
          getGraphicsState().getCurrentTransformationMatrix().clone(),
          tm == null ? null : tm.clone(),
          tlm == null ? null : tlm.clone(),
          text.getFontSize(),
          text.getHorizontalScaling() / 100f);
    }

    @Override
    protected void showGlyph(
        Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
      String unicode;
      try {
        unicode = font.toUnicode(code);
      } catch (RuntimeException e) {
        unicode = null;
      }
      boolean top = topLevel();
      glyphs.add(
          new Glyph(
              operator,
              top ? ordinal++ : -1,
              textRenderingMatrix.getTranslateX(),
              textRenderingMatrix.getTranslateY(),
              displacement.getX() * textRenderingMatrix.getScalingFactorX(),
              textRenderingMatrix.getScalingFactorY(),
              unicode != null && unicode.isBlank()));
      beforeGlyph.add(top ? state() : null);
    }

    /**
     * Where a widget's drawing goes: after its nearest left neighbour on its line, else before its
     * nearest right neighbour; null when its line has no other text.
     */
    Insertion insertionFor(Widget w) {
      float baseline = w.baseline();
      float left = w.left();
      float tolerance = w.tolerance();
      int leftNeighbour = -1;
      int rightNeighbour = -1;
      for (int i = 0; i < glyphs.size(); i++) {
        Glyph g = glyphs.get(i);
        if (g.blank || Math.abs(g.y - baseline) > Math.max(tolerance, g.height / 2)) {
          continue;
        }
        if (g.x + g.width / 2 <= left) {
          if (leftNeighbour < 0 || g.x > glyphs.get(leftNeighbour).x) {
            leftNeighbour = i;
          }
        } else if (rightNeighbour < 0 || g.x < glyphs.get(rightNeighbour).x) {
          rightNeighbour = i;
        }
      }
      if (leftNeighbour >= 0) {
        // and past the spaces drawn next that are still left of the widget, so that "Số:" and
        // the number keep the space between them
        while (leftNeighbour + 1 < glyphs.size()) {
          Glyph space = glyphs.get(leftNeighbour + 1);
          if (!space.blank
              || space.operator < 0
              || Math.abs(space.y - baseline) > Math.max(tolerance, space.height / 2)
              || space.x + space.width / 2 > left) {
            break;
          }
          leftNeighbour++;
        }
        Glyph g = glyphs.get(leftNeighbour);
        int next = leftNeighbour + 1;
        if (g.ordinal >= 0
            && next < glyphs.size()
            && glyphs.get(next).operator == g.operator
            && glyphs.get(next).ordinal == g.ordinal + 1) {
          return new Insertion(g.operator, g.ordinal + 1, beforeGlyph.get(next), w);
        }
        return new Insertion(g.operator, -1, after.get(g.operator), w);
      }
      if (rightNeighbour >= 0) {
        Glyph g = glyphs.get(rightNeighbour);
        if (g.ordinal >= 1) {
          return new Insertion(g.operator, g.ordinal, beforeGlyph.get(rightNeighbour), w);
        }
        int previous = g.operator - 1;
        return new Insertion(previous, -1, previous < 0 ? State.START : after.get(previous), w);
      }
      return null;
    }
  }
}
