package vanban.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a document says about itself: the {@code document} object of the extraction record.
 *
 * @param type the document type in Vietnamese ({@code Công văn}, {@code Chỉ thị})
 * @param typeCode its code ({@code CV}, {@code CT})
 * @param symbol the canonical number-symbol ({@code 1567-CV/TU}), null when the text has none
 * @param number the number part of the symbol ({@code 1567})
 * @param issuer the issuing body as it names itself ({@code Tỉnh ủy Hà Tĩnh})
 * @param province the province the issuer belongs to, null for national issuers
 * @param place the place before the date line ({@code Hà Tĩnh, ngày …})
 * @param date the date of issue
 * @param dateNotBefore when the date is missing: the newest date the document cites
 * @param subject the subject line ({@code V/v …}, {@code Về …}), hard wraps joined
 * @param recipients the {@code Kính gửi} list, in order
 * @param signer who signed, null when no signature block is found
 */
public record DocumentMetadata(
    String type,
    String typeCode,
    String symbol,
    String number,
    String issuer,
    String province,
    String place,
    LocalDate date,
    LocalDate dateNotBefore,
    String subject,
    List<String> recipients,
    Signer signer) {

  public DocumentMetadata {
    recipients = List.copyOf(recipients);
  }

  /** Metadata with every field unknown. */
  public static DocumentMetadata empty() {
    return new DocumentMetadata(
        null, null, null, null, null, null, null, null, null, null, List.of(), null);
  }
}
