package org.lkjip.maven;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lkjip.examples.cli.ReportFiles;

/** The report paths the goal hands to {@code lkjip verify}. */
final class ReportPaths {
  private ReportPaths() {}

  /**
   * Whether {@code paths} hold at least one report for {@code lkjip verify}: a path that is a file
   * (of any name: the command reads it by content), or a directory under which the command finds a
   * report ({@link ReportFiles#under}: not hidden, not one of lkjip's own baselines, verifications,
   * evaluations or formula files). Paths that do not exist hold none.
   *
   * @throws UncheckedIOException if a directory cannot be listed
   */
  static boolean anyReport(List<Path> paths) {
    for (Path p : paths) {
      if (Files.isRegularFile(p)) {
        return true;
      }
      if (Files.isDirectory(p) && !ReportFiles.under(p).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code path} as the command should be given it: relative to {@code workingDirectory} when it is
   * under it (SARIF then names the report relative to where the build runs, usually the repository
   * root, as code-scanning uploads want), else absolute. The command runs in this JVM, so it
   * resolves a relative path against the same working directory.
   *
   * @param path the report file or directory
   * @param workingDirectory the absolute working directory of this JVM
   */
  static String argument(Path path, Path workingDirectory) {
    Path absolute = path.toAbsolutePath().normalize();
    if (!absolute.startsWith(workingDirectory)) {
      return absolute.toString();
    }
    Path relative = workingDirectory.relativize(absolute);
    return relative.toString().isEmpty() ? "." : relative.toString();
  }
}
