package vanban.search;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.lucene.index.QueryTimeout;

/**
 * A time budget for the searches one thread runs: {@code vanban serve} gives each request's
 * worker one, so that an expensive query stops scoring when the budget is spent and frees the
 * worker, rather than running on after its client was answered 503.
 *
 * <p>Every {@link DocumentSearcher} asks this before each block of documents it scores ({@link
 * org.apache.lucene.search.IndexSearcher#setTimeout}); a thread without a budget is never stopped.
 * A search that ran out throws {@link SearchRefused}. Expanding fuzzy and prefix terms is bounded
 * by {@link BoundedQueryParser#MAX_EXPANSIONS}, not by the clock.
 */
public final class SearchDeadline implements QueryTimeout {
  static final SearchDeadline INSTANCE = new SearchDeadline();

  private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

  private SearchDeadline() {}

  /** Runs {@code work} with searches on this thread limited to {@code budget} in all. */
  public static <T> T within(Duration budget, Callable<T> work) throws Exception {
    Long outer = DEADLINE.get();
    DEADLINE.set(System.nanoTime() + budget.toNanos());
    try {
      return work.call();
    } finally {
      if (outer == null) {
        DEADLINE.remove();
      } else {
        DEADLINE.set(outer);
      }
    }
  }

  /** Whether this thread has a budget and has spent it. */
  static boolean passed() {
    Long deadline = DEADLINE.get();
    return deadline != null && System.nanoTime() - deadline > 0;
  }

  @Override
  public boolean shouldExit() {
    return passed();
  }
}
