/**
 * {@code vanban serve}: a read-only web front end and JSON API over an index, on the JDK's {@link
 * com.sun.net.httpserver.HttpServer}.
 *
 * <p>{@link vanban.http.WebServer} owns the server, the limits and the routing; each page is one
 * class ({@code SearchPage}, {@code DocumentPage}, {@code CitesPage}, {@code ComparePage}, {@code
 * CitationMap}) that builds HTML through {@code HtmlWriter}, which escapes every piece of data;
 * {@code JsonApi} returns the records the CLI prints with {@code --json}. The stylesheet and the
 * map script are resources under {@code vanban/http/}. Nothing here writes to the index or opens a
 * path a request names.
 */
package vanban.http;
