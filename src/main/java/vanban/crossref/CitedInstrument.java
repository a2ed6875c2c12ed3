package vanban.crossref;

import java.util.List;

/**
 * An instrument with every mention of it, and the instruments that amend or replace it with
 * their own mentions (amendment-aware answers).
 */
public record CitedInstrument(
    Instrument instrument, List<Mention> mentions, List<CitedInstrument> amendments) {

  public CitedInstrument {
    mentions = List.copyOf(mentions);
    amendments = List.copyOf(amendments);
  }

  /** The distinct citing documents, in first-mention order. */
  public List<String> citingSources() {
    return mentions.stream().map(Mention::source).distinct().toList();
  }
}
