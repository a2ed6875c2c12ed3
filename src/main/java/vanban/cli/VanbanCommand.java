package vanban.cli;

import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;

/** The top-level {@code vanban} command; everything it does is in its subcommands. */
@Command(
    name = "vanban",
    mixinStandardHelpOptions = true,
    version = "vanban 0.1.0",
    description = {
      "Reads Vietnamese administrative directives, extracts what they cite, when, and what they"
          + " require, and searches them."
    },
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      ExtractCommand.class,
      EvaluateCommand.class,
      EvaluateSearchCommand.class,
      ShowCommand.class,
      CitesCommand.class,
      RefsCommand.class,
      GraphCommand.class,
      ObligationsCommand.class, CompareCommand.class, CalendarCommand.class,
      ServeCommand.class,
      WatchCommand.class,
      GenerateCorpusCommand.class,
      GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:some input files failed (each reported as 'path: reason'); the rest were processed",
      "2:bad command line",
      "3:fatal error (index cannot be opened or written)",
      "4:nothing found"
    },
    footer = {"%nRun 'vanban COMMAND --help' for a command's options."})
public final class VanbanCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
