package vanban.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a request's query string, decoded as UTF-8 ({@link UrlDecoding}: escaped or
 * raw, malformed is a 400); the first value of a repeated name
 * wins. Values are only ever compared or searched for, never used as file paths.
 */
final class QueryParameters {
  /** More parameters than any page takes is a malformed or hostile request. */
  static final int MAX_PARAMETERS = 32;

  /** Longer values than a person types into a search box are refused. */
  static final int MAX_VALUE_LENGTH = 500;

  private final Map<String, String> values;

  private QueryParameters(Map<String, String> values) {
    this.values = values;
  }

  /** Parses a raw (still percent-encoded) query string; null is no parameters. */
  static QueryParameters parse(String rawQuery) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return new QueryParameters(values);
    }
    String[] pairs = rawQuery.split("&", -1);
    if (pairs.length > MAX_PARAMETERS) {
      throw HttpProblem.badRequest("too many parameters (at most " + MAX_PARAMETERS + ")");
    }
    for (String pair : pairs) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (value.length() > MAX_VALUE_LENGTH) {
        throw HttpProblem.badRequest(
            "parameter '" + name + "' is too long (at most " + MAX_VALUE_LENGTH + " characters)");
      }
      values.putIfAbsent(name, value);
    }
    return new QueryParameters(values);
  }

  /** The stripped value of {@code name}; empty when absent or blank. */
  Optional<String> get(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /** The value or null. */
  String orNull(String name) {
    return get(name).orElse(null);
  }

  /** An integer in {@code [min, max]}, {@code fallback} when absent; 400 otherwise. */
  int intIn(String name, int min, int max, int fallback) {
    Optional<String> v = get(name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Reported below with the allowed range.
    }
    throw HttpProblem.badRequest(
        "parameter '" + name + "' must be a whole number from " + min + " to " + max);
  }

  /** An optional integer in {@code [min, max]}; 400 when present and not one. */
  Integer optionalInt(String name, int min, int max) {
    return get(name).isEmpty() ? null : intIn(name, min, max, 0);
  }

  /** An ISO date ({@code 2023-01-31}), null when absent; 400 otherwise. */
  LocalDate date(String name) {
    Optional<String> v = get(name);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v.get());
    } catch (DateTimeParseException e) {
      throw HttpProblem.badRequest("parameter '" + name + "' must be a date YYYY-MM-DD");
    }
  }

  private static String decode(String s) {
    return UrlDecoding.decode(s, true, "query string");
  }
}
