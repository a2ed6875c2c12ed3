package vanban.search;

/**
 * A search that asks more of the index than it gives one query: more clauses than Lucene takes
 * once fuzzy and prefix terms are expanded ({@link Reason#TOO_MANY_CLAUSES}, the query's fault), or
 * more time than the thread's {@link SearchDeadline} ({@link Reason#OUT_OF_TIME}).
 */
public final class SearchRefused extends RuntimeException {
  /** Why a search was refused. */
  public enum Reason {
    TOO_MANY_CLAUSES,
    OUT_OF_TIME
  }

  private final Reason reason;

  SearchRefused(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  static SearchRefused tooManyClauses() {
    return new SearchRefused(
        Reason.TOO_MANY_CLAUSES,
        "the query is too complex: it expands to more than "
            + org.apache.lucene.search.IndexSearcher.getMaxClauseCount()
            + " terms; use fewer words, or fewer fuzzy (~) and prefix (*) terms");
  }

  static SearchRefused outOfTime() {
    return new SearchRefused(
        Reason.OUT_OF_TIME, "the search ran out of its time budget; try fewer or plainer words");
  }
}
