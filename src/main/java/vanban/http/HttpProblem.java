package vanban.http;

/**
 * A request the server answers with an error status and a message for the user: a bad parameter
 * (400), an unknown id (404), a method other than GET or HEAD (405), an oversized request (413,
 * 414).
 */
final class HttpProblem extends RuntimeException {
  private final int status;

  HttpProblem(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static HttpProblem badRequest(String message) {
    return new HttpProblem(400, message);
  }

  static HttpProblem notFound(String message) {
    return new HttpProblem(404, message);
  }
}
