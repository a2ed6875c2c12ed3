package vanban.cli;

import vanban.model.DocumentMetadata;

/** How a document's date reads in listings. */
final class Dates {
  private Dates() {}

  /** {@code 2022-01-25}, {@code ≥ 2023-11-23} when only a lower bound is known, else {@code undated}. */
  static String shown(DocumentMetadata d) {
    if (d.date() != null) {
      return d.date().toString();
    }
    return d.dateNotBefore() != null ? "≥ " + d.dateNotBefore() : "undated";
  }
}
