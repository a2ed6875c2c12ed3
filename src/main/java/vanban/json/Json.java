package vanban.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vanban.model.Span;

/**
 * Every JSON text vanban writes or reads, through one configured Jackson mapper.
 *
 * <p>Records are objects with their components in declaration order, maps keep their iteration
 * order, dates are ISO strings ({@code 2022-01-25}) and a {@link Span} is the {@code [start, end]}
 * pair SCHEMA.md shows. A whole number held in a {@code double} or {@code float} is written
 * without a fraction ({@code 3}, not {@code 3.0}), NaN and infinities as null. Non-ASCII text is
 * written as itself (UTF-8), U+2028 and U+2029 escaped so a record can sit in a script.
 *
 * <p>Reading is lenient the way stored records need: unknown fields are ignored, a missing or null
 * list is empty, any other missing field null, so records written by an older version still read.
 *
 * <p>The model records carry no Jackson annotations ({@code vanban.model} imports no library): what
 * they need beyond Jackson's record support (the span pair) is in this class's module.
 */
public final class Json {
  private static final ObjectMapper MAPPER = mapper();
  private static final ObjectWriter COMPACT = MAPPER.writer();
  private static final ObjectWriter PRETTY = MAPPER.writer(new LinePrinter());
  private static final ConcurrentMap<Class<?>, ObjectReader> READERS = new ConcurrentHashMap<>();

  private Json() {}

  /** One line of JSON, as JSON Lines wants. */
  public static String compact(Object value) {
    try {
      return COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON", e);
    }
  }

  /**
   * Indented JSON for people to read: two spaces a level, one field or element a line, a span on
   * one line ({@code [12, 40]}), empty objects and arrays as {@code {}} and {@code []}.
   */
  public static String pretty(Object value) {
    try {
      return PRETTY.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON", e);
    }
  }

  /**
   * Parses {@code json} as a {@code type} (a record, a list, a map, a {@link JsonNode} …).
   *
   * @throws IllegalArgumentException when the text is not JSON or not of that shape
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return READERS.computeIfAbsent(type, MAPPER::readerFor).readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON for " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Parses {@code json} as a tree.
   *
   * @throws IllegalArgumentException when the text is not one JSON value
   */
  public static JsonNode tree(String json) {
    return read(json, JsonNode.class);
  }

  /** The tree {@link #compact} would write for {@code value}. */
  public static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  private static ObjectMapper mapper() {
    SimpleModule vanban = new SimpleModule("vanban");
    vanban.addSerializer(Span.class, new SpanSerializer());
    vanban.addDeserializer(Span.class, new SpanDeserializer());
    WholeNumbers whole = new WholeNumbers();
    vanban.addSerializer(Double.class, whole);
    vanban.addSerializer(Double.TYPE, whole);
    vanban.addSerializer(Float.class, whole);
    vanban.addSerializer(Float.TYPE, whole);
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(vanban)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    mapper.getFactory().setCharacterEscapes(new ScriptSafe());
    return mapper;
  }

  /** A span as its {@code [start, end]} pair. */
  private static final class SpanSerializer extends StdSerializer<Span> {
    SpanSerializer() {
      super(Span.class);
    }

    @Override
    public void serialize(Span span, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartArray(span, 2); // the span as current value: LinePrinter keeps it on one line
      g.writeNumber(span.start());
      g.writeNumber(span.end());
      g.writeEndArray();
    }
  }

  private static final class SpanDeserializer extends StdDeserializer<Span> {
    SpanDeserializer() {
      super(Span.class);
    }

    @Override
    public Span deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartArrayToken()) {
        return (Span) ctxt.handleUnexpectedToken(Span.class, p);
      }
      int start = next(p, ctxt);
      int end = next(p, ctxt);
      if (p.nextToken() != JsonToken.END_ARRAY) {
        return (Span) ctxt.handleUnexpectedToken(Span.class, p);
      }
      return new Span(start, end);
    }

    private static int next(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
        ctxt.reportInputMismatch(Span.class, "a span is [start, end], two whole numbers");
      }
      return p.getIntValue();
    }
  }

  /** Doubles and floats: a whole value as a whole number, NaN and infinities as null. */
  private static final class WholeNumbers extends StdSerializer<Number> {
    WholeNumbers() {
      super(Number.class);
    }

    @Override
    public void serialize(Number n, JsonGenerator g, SerializerProvider provider) throws IOException {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        g.writeNull();
      } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        g.writeNumber((long) d);
      } else if (n instanceof Float f) {
        g.writeNumber(f);
      } else {
        g.writeNumber(d);
      }
    }
  }

  /** Jackson's escapes, and U+2028 and U+2029, which end a line in JavaScript. */
  private static final class ScriptSafe extends CharacterEscapes {
    private static final SerializedString LS = new SerializedString("\\u2028");
    private static final SerializedString PS = new SerializedString("\\u2029");
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 ? LS : ch == 0x2029 ? PS : null;
    }
  }

  /**
   * The indented form: {@code "key": value}, one entry a line, two spaces a level; a span or an
   * {@code int[]} stays on one line as {@code [a, b]}.
   */
  private static final class LinePrinter implements PrettyPrinter, Instantiatable<LinePrinter> {
    private int depth;

    @Override
    public LinePrinter createInstance() {
      return new LinePrinter();
    }

    private static boolean inline(JsonGenerator g) {
      Object current = g.getOutputContext().getCurrentValue();
      return current instanceof Span || current instanceof int[];
    }

    private void newline(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
      for (int i = 0; i < depth; i++) {
        g.writeRaw("  ");
      }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw('{');
      depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
      newline(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(',');
      newline(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      depth--;
      if (entries > 0) {
        newline(g);
      }
      g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw('[');
      if (!inline(g)) {
        depth++;
      }
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      if (!inline(g)) {
        newline(g);
      }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      if (inline(g)) {
        g.writeRaw(", ");
      } else {
        g.writeRaw(',');
        newline(g);
      }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      if (!inline(g)) {
        depth--;
        if (values > 0) {
          newline(g);
        }
      }
      g.writeRaw(']');
    }
  }
}
