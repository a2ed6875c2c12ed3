package vanban.cli;

/** Entry point of {@code vanban}; the commands come with the CLI work. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("vanban: commands not built yet");
  }
}
