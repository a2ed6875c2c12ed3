package vanban.model;

/**
 * A date, period or year written in the text.
 *
 * @param text the mention as written
 * @param value ISO 8601: {@code 2022-01-25}; a year alone {@code 2030}; a period {@code 2021/2030}
 * @param role {@code issued}, {@code cited}, {@code period}, {@code deadline} or {@code other}
 * @param span where it is in the normalized text
 */
public record DateMention(String text, String value, String role, Span span) {}
