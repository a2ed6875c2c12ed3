/**
 * The extraction record and its parts: immutable records, no library imports.
 *
 * <p>Field names follow {@code docs/SCHEMA.md}; a field the text does not give is {@code null}, a
 * list with nothing in it is empty. Spans are {@code [start, end)} offsets into the normalized text.
 *
 * <p>The few small records that several stages pass along live here too, so that no stage has to
 * import another's package for them: {@link vanban.model.Snippet} (search results and citing
 * sentences alike).
 *
 * <h2>Glossary</h2>
 * Each Vietnamese term has one English name in the code; Vietnamese lives in data files and fixtures.
 * <table>
 *   <caption>Vietnamese terms and their names in the code</caption>
 *   <tr><th>Vietnamese</th><th>English name</th></tr>
 *   <tr><td>văn bản</td><td>document</td></tr>
 *   <tr><td>số, ký hiệu</td><td>number, symbol (together: number-symbol)</td></tr>
 *   <tr><td>loại văn bản (Chỉ thị, Công văn, Kết luận …)</td><td>document type; its code (CT, CV, KL) is the type code</td></tr>
 *   <tr><td>cơ quan ban hành</td><td>issuer</td></tr>
 *   <tr><td>tỉnh, thành phố</td><td>province</td></tr>
 *   <tr><td>địa danh</td><td>place</td></tr>
 *   <tr><td>trích yếu (V/v …, Về …)</td><td>subject</td></tr>
 *   <tr><td>Kính gửi</td><td>recipients</td></tr>
 *   <tr><td>Nơi nhận</td><td>distribution list</td></tr>
 *   <tr><td>người ký; T/M, KT., TL., TUQ.</td><td>signer; on behalf of</td></tr>
 *   <tr><td>quốc hiệu, tiêu ngữ</td><td>motto</td></tr>
 *   <tr><td>căn cứ, viện dẫn</td><td>citation (one mention); the thing cited is an instrument</td></tr>
 *   <tr><td>phạm vi (tỉnh của cơ quan địa phương)</td><td>scope</td></tr>
 *   <tr><td>sửa đổi, thay thế, bãi bỏ, hướng dẫn</td><td>amends, replaces, repeals, guides</td></tr>
 *   <tr><td>nghĩa vụ, yêu cầu</td><td>obligation</td></tr>
 *   <tr><td>phải / không được / chịu trách nhiệm / khuyến khích</td><td>must / must-not / responsible / encouraged (modality)</td></tr>
 *   <tr><td>hằng tháng, hằng quý, định kỳ 6 tháng, hằng năm</td><td>monthly, quarterly, semiannual, annual (frequency)</td></tr>
 *   <tr><td>phần mở đầu (kết quả, hạn chế, nguyên nhân)</td><td>preamble</td></tr>
 *   <tr><td>phần yêu cầu</td><td>directive part</td></tr>
 *   <tr><td>mục, tiểu mục, gạch đầu dòng</td><td>item, sub-item, bullet</td></tr>
 *   <tr><td>chủ thể (người, cơ quan phải thực hiện)</td><td>actor</td></tr>
 *   <tr><td>báo cáo (cơ quan nhận báo cáo)</td><td>report recipient ({@code reportTo})</td></tr>
 *   <tr><td>chủ đề (rượu bia, một cửa, …)</td><td>theme</td></tr>
 *   <tr><td>thời hạn</td><td>deadline</td></tr>
 *   <tr><td>định kỳ, tần suất</td><td>frequency</td></tr>
 * </table>
 */
package vanban.model;
