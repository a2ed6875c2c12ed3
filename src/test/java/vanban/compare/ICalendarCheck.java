package vanban.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reads a calendar vanban wrote the way a calendar program would, with ical4j, so a test checks
 * the file against an independent RFC 5545 implementation and not only against its own idea of
 * the format: strict parsing and unfolding, then ical4j's validation of the calendar, its events
 * and their properties (with a {@code METHOD}, the iTIP rules of RFC 5546 too).
 */
public final class ICalendarCheck {
  /**
   * One {@code VEVENT} as ical4j reads it: text values unfolded and unescaped.
   *
   * @param start the all-day start ({@code DTSTART;VALUE=DATE})
   * @param rule the parsed {@code RRULE}
   */
  public record Event(
      String uid,
      LocalDate start,
      Recur<?> rule,
      String summary,
      String description,
      Set<String> categories) {}

  private ICalendarCheck() {}

  /**
   * The events of {@code ics}, after asserting that every line ends in CRLF and holds at most 75
   * octets, that ical4j parses the whole text strictly and that its validation finds no error.
   */
  public static List<Event> events(String ics) {
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).as("a CR or LF outside CRLF").doesNotContain("\r", "\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    for (String hint :
        List.of(
            CompatibilityHints.KEY_RELAXED_PARSING,
            CompatibilityHints.KEY_RELAXED_UNFOLDING,
            CompatibilityHints.KEY_RELAXED_VALIDATION)) {
      assertThat(CompatibilityHints.isHintEnabled(hint)).as(hint).isFalse();
    }
    Calendar calendar;
    try {
      calendar =
          new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | ParserException e) {
      throw new AssertionError("ical4j cannot parse the calendar: " + e.getMessage(), e);
    }
    ValidationResult validation = calendar.validate();
    assertThat(validation.hasErrors()).as(validation.toString()).isFalse();

    List<Event> events = new ArrayList<>();
    for (VEvent e : calendar.<VEvent>getComponents(Component.VEVENT)) {
      DtStart<Temporal> start = e.getRequiredProperty(Property.DTSTART);
      assertThat(start.getDate()).as("an all-day start").isInstanceOf(LocalDate.class);
      RRule<?> rule = e.getRequiredProperty(Property.RRULE);
      events.add(
          new Event(
              e.getRequiredProperty(Property.UID).getValue(),
              (LocalDate) start.getDate(),
              rule.getRecur(),
              e.getRequiredProperty(Property.SUMMARY).getValue(),
              e.getRequiredProperty(Property.DESCRIPTION).getValue(),
              e.<Categories>getProperty(Property.CATEGORIES)
                  .map(c -> c.getCategories().getTexts())
                  .orElse(Set.of())));
    }
    return events;
  }
}
