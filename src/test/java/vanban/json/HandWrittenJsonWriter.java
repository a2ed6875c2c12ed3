package vanban.json;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Map;

/**
 * The JSON writer vanban had before issue #16 moved its JSON to Jackson ({@link Json}), kept in
 * test scope only so {@code JsonEquivalenceTest} can show that Jackson writes the same.
 *
 * <p>Writes JSON text from records, maps, iterables, strings, numbers, booleans, dates and null.
 *
 * <p>Records are written as objects with their components in declaration order; dates as ISO
 * strings. Non-ASCII characters are written as themselves (UTF-8 output), control characters
 * escaped.
 */
final class HandWrittenJsonWriter {
  private final boolean pretty;

  private HandWrittenJsonWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /** One line of JSON, as JSON Lines wants. */
  public static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    new HandWrittenJsonWriter(false).write(value, out, 0);
    return out.toString();
  }

  /** Indented JSON for people to read. */
  public static String pretty(Object value) {
    StringBuilder out = new StringBuilder();
    new HandWrittenJsonWriter(true).write(value, out, 0);
    return out.toString();
  }

  private void write(Object value, StringBuilder out, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      quote(s, out);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Number n) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        out.append("null");
      } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        out.append((long) d);
      } else {
        out.append(n);
      }
    } else if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
      quote(value.toString(), out);
    } else if (value instanceof Record r) {
      writeRecord(r, out, depth);
    } else if (value instanceof Map<?, ?> m) {
      writeMap(m, out, depth);
    } else if (value instanceof Iterable<?> it) {
      writeArray(it, out, depth);
    } else if (value instanceof int[] ints) {
      out.append('[');
      for (int i = 0; i < ints.length; i++) {
        if (i > 0) {
          out.append(pretty ? ", " : ",");
        }
        out.append(ints[i]);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
    }
  }

  private void writeRecord(Record r, StringBuilder out, int depth) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    if (r instanceof vanban.model.Span s) {
      // A span reads best as the [start, end) pair SCHEMA.md shows.
      write(new int[] {s.start(), s.end()}, out, depth);
      return;
    }
    out.append('{');
    for (int i = 0; i < components.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      newline(out, depth + 1);
      quote(components[i].getName(), out);
      out.append(pretty ? ": " : ":");
      try {
        write(components[i].getAccessor().invoke(r), out, depth + 1);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    if (components.length > 0) {
      newline(out, depth);
    }
    out.append('}');
  }

  private void writeMap(Map<?, ?> m, StringBuilder out, int depth) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      newline(out, depth + 1);
      quote(String.valueOf(e.getKey()), out);
      out.append(pretty ? ": " : ":");
      write(e.getValue(), out, depth + 1);
    }
    if (!first) {
      newline(out, depth);
    }
    out.append('}');
  }

  private void writeArray(Iterable<?> it, StringBuilder out, int depth) {
    out.append('[');
    boolean first = true;
    for (Object o : it) {
      if (!first) {
        out.append(',');
      }
      first = false;
      newline(out, depth + 1);
      write(o, out, depth + 1);
    }
    if (!first) {
      newline(out, depth);
    }
    out.append(']');
  }

  private void newline(StringBuilder out, int depth) {
    if (pretty) {
      out.append('\n');
      out.append("  ".repeat(depth));
    }
  }

  static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
