package vanban.segment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSampleStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import vanban.model.Span;

/**
 * Splits a normalized text into sentences: each line on its own (a unit never crosses a line break,
 * a list item line is at least one unit however short), spans trimmed and exact.
 *
 * <p>The OpenNLP model is trained once per JVM from {@code vanban/segment/sentences.train} with the
 * abbreviation dictionary {@code vanban/segment/abbreviations.txt}. Its splits are then checked
 * against rules the training data cannot guarantee: no split inside a token ({@code ./.}, {@code
 * 1.5}), none before a lowercase letter or after a listed abbreviation, and a bare list marker
 * ({@code 1.}, {@code 2.1.}, {@code a)}) stays with its item.
 */
public final class SentenceSegmenter {
  private static final String RESOURCES = "/vanban/segment/";
  private static final char[] END_CHARS = {'.', '!', '?'};

  // Examples: "1.", "2.1.", "a)", "-", "+", "•".
  private static final Pattern BARE_MARKER =
      Pattern.compile("(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]|[a-zđ][.)]|[IVXLC]{1,6}\\.|[-+•*])");

  /** Splits {@code normalizedText} into sentence units, in text order. */
  public List<TextUnit> segment(String normalizedText) {
    SentenceDetectorME detector = new SentenceDetectorME(Holder.MODEL);
    List<TextUnit> units = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= normalizedText.length()) {
      int lineEnd = normalizedText.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = normalizedText.length();
      }
      for (Span span : splitLine(detector, normalizedText.substring(lineStart, lineEnd))) {
        units.add(
            new TextUnit(
                TextUnit.SENTENCE, new Span(lineStart + span.start(), lineStart + span.end())));
      }
      lineStart = lineEnd + 1;
    }
    return units;
  }

  /**
   * The units of the one line of {@code normalizedText} holding offset {@code at}: exactly those
   * {@link #segment} gives for that line (units never cross a line break), for a caller that
   * needs the sentence around a few offsets and not the whole text's.
   */
  public List<TextUnit> segmentLineAt(String normalizedText, int at) {
    int lineStart = normalizedText.lastIndexOf('\n', at - 1) + 1;
    int lineEnd = normalizedText.indexOf('\n', at);
    if (lineEnd < 0) {
      lineEnd = normalizedText.length();
    }
    List<TextUnit> units = new ArrayList<>();
    SentenceDetectorME detector = new SentenceDetectorME(Holder.MODEL);
    for (Span span : splitLine(detector, normalizedText.substring(lineStart, lineEnd))) {
      units.add(
          new TextUnit(
              TextUnit.SENTENCE, new Span(lineStart + span.start(), lineStart + span.end())));
    }
    return units;
  }

  private static List<Span> splitLine(SentenceDetectorME detector, String line) {
    List<Span> raw = new ArrayList<>();
    for (opennlp.tools.util.Span s : detector.sentPosDetect(line)) {
      Span trimmed = trim(line, s.getStart(), s.getEnd());
      if (trimmed.length() > 0) {
        raw.add(trimmed);
      }
    }
    if (raw.isEmpty()) {
      Span whole = trim(line, 0, line.length());
      return whole.length() > 0 ? List.of(whole) : List.of();
    }
    // The detector may leave text before the first or after the last sentence uncovered.
    Span lead = trim(line, 0, raw.get(0).start());
    if (lead.length() > 0) {
      raw.set(0, new Span(lead.start(), raw.get(0).end()));
    }
    Span tail = trim(line, raw.get(raw.size() - 1).end(), line.length());
    if (tail.length() > 0) {
      raw.set(raw.size() - 1, new Span(raw.get(raw.size() - 1).start(), tail.end()));
    }
    List<Span> merged = new ArrayList<>();
    for (Span next : raw) {
      if (!merged.isEmpty() && falseSplit(line, merged.get(merged.size() - 1), next)) {
        Span previous = merged.remove(merged.size() - 1);
        merged.add(new Span(previous.start(), next.end()));
      } else {
        merged.add(next);
      }
    }
    return merged;
  }

  private static boolean falseSplit(String line, Span previous, Span next) {
    String gap = line.substring(previous.end(), next.start());
    if (gap.isEmpty()) {
      return true; // inside a token: "./.", "1.5"
    }
    String before = line.substring(previous.start(), previous.end());
    if (BARE_MARKER.matcher(before).matches()) {
      return true;
    }
    int lastSpace = before.lastIndexOf(' ');
    if (Holder.ABBREVIATIONS.contains(before.substring(lastSpace + 1))) {
      return true;
    }
    return Character.isLowerCase(line.codePointAt(next.start()));
  }

  private static Span trim(String line, int start, int end) {
    while (start < end && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  /** Abbreviations, one per line, {@code #} comments skipped. */
  static List<String> abbreviations() {
    return resourceLines("abbreviations.txt").stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(String::strip)
        .toList();
  }

  /** Training sentences, one per line, paragraphs separated by blank lines, comments skipped. */
  static String trainingText() {
    return resourceLines("sentences.train").stream()
        .filter(l -> !l.startsWith("#"))
        .collect(Collectors.joining("\n"))
        .strip();
  }

  private static List<String> resourceLines(String name) {
    try (InputStream in = SentenceSegmenter.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SentenceModel train() {
    quietTrainerLogging();
    Dictionary dictionary = new Dictionary(true);
    for (String abbreviation : abbreviations()) {
      dictionary.put(new StringList(abbreviation));
    }
    SentenceDetectorFactory factory =
        new SentenceDetectorFactory("vie", true, dictionary, END_CHARS);
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
    parameters.put("PrintMessages", false);
    byte[] bytes = trainingText().getBytes(StandardCharsets.UTF_8);
    try (ObjectStream<String> lines =
            new PlainTextByLineStream(
                () -> new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        SentenceSampleStream samples = new SentenceSampleStream(lines)) {
      return SentenceDetectorME.train("vie", samples, factory, parameters);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // OpenNLP 2.5 logs every training iteration at INFO through slf4j whatever PrintMessages says;
  // with the slf4j-simple binding a logger's level is read from system properties when the logger
  // is created, so this must run before the trainer classes load. A level set by the user wins.
  private static void quietTrainerLogging() {
    for (String logger : List.of("opennlp.tools.ml", "opennlp.tools.monitoring")) {
      String key = "org.slf4j.simpleLogger.log." + logger;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "warn");
      }
    }
  }

  // Trained on first use, once per JVM; the model is immutable and shared by all detectors.
  private static final class Holder {
    static final SentenceModel MODEL = train();
    static final Set<String> ABBREVIATIONS = Set.copyOf(abbreviations());
  }
}
