package org.lkjip.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The report paths the goal hands to {@code lkjip verify}. */
final class ReportPaths {
  private ReportPaths() {}

  /**
   * Whether {@code paths} hold at least one report for {@code lkjip verify}: a path that is a file
   * (of any name: the command reads it by content), or a directory with a {@code *.json}, {@code
   * *.xlsx} or {@code *.xlsm} file under it that is not hidden and not in a hidden directory (the
   * files the command takes from a directory). Paths that do not exist hold none.
   *
   * @throws UncheckedIOException if a directory cannot be listed
   */
  static boolean anyReport(List<Path> paths) {
    for (Path p : paths) {
      if (Files.isRegularFile(p)) {
        return true;
      }
      if (Files.isDirectory(p) && hasReportUnder(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasReportUnder(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(f -> Files.isRegularFile(f) && isReportName(f) && !hiddenBelow(dir, f));
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list the directory: " + e.getMessage(), e);
    }
  }

  private static boolean isReportName(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".xlsx") || n.endsWith(".xlsm");
  }

  /** Whether a name on the way from {@code dir} (exclusive) to {@code file} starts with a dot. */
  private static boolean hiddenBelow(Path dir, Path file) {
    for (Path name : dir.relativize(file)) {
      if (name.toString().startsWith(".")) {
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
