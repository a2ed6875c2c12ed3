package vanban.model;

/**
 * Who signed a document.
 *
 * @param name the person, as printed ({@code Trần Thế Dũng})
 * @param title the signer's title in sentence case ({@code Phó Bí thư}, {@code Chủ tịch})
 * @param onBehalfOf the collective body after {@code T/M}, {@code TM.}, or the head after
 *     {@code KT.}, {@code TL.}, {@code TUQ.} ({@code Ban Thường vụ}); null when the signer signs
 *     in their own right
 */
public record Signer(String name, String title, String onBehalfOf) {}
