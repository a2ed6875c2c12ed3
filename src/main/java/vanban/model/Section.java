package vanban.model;

import java.util.List;

/**
 * A node of a document's outline.
 *
 * @param kind {@code header}, {@code preamble}, {@code directive}, {@code item}, {@code bullet},
 *     {@code distribution} (the {@code Nơi nhận} list) or {@code signature}
 * @param label the number or bullet as printed ({@code 2.1}, {@code -}, {@code +}), null for parts
 * @param path the item number path ({@code 2.1}); a bullet takes its parent's path
 * @param heading the first line of the node, hard wraps joined
 * @param span where the node is in the normalized text
 * @param children nested nodes in text order
 */
public record Section(
    String kind, String label, String path, String heading, Span span, List<Section> children) {

  public Section {
    children = List.copyOf(children);
  }
}
