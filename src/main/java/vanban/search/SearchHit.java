package vanban.search;

import java.time.LocalDate;
import vanban.model.Snippet;

/**
 * One matching document, as a result list shows it.
 *
 * @param source the document's {@code source}
 * @param symbol its canonical number-symbol, or null
 * @param type its type ({@code Chỉ thị}), or null
 * @param province its province, or null
 * @param date its date of issue, or null
 * @param dateNotBefore when the date is unknown, the newest date it cites, or null
 * @param score the relevance score (comparable only within one search)
 * @param snippet the best passage of the text, with the matches marked
 */
public record SearchHit(
    String source,
    String symbol,
    String type,
    String province,
    LocalDate date,
    LocalDate dateNotBefore,
    float score,
    Snippet snippet) {}
