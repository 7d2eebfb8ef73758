package org.lkjip.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lkjip.io.LkjipJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Which files under a directory {@code lkjip verify DIR} reads as reports. Public so that tools
 * that hand directories to the command (the Maven plugin) decide "no report here" the same way.
 *
 * @since 0.1
 */
public final class ReportFiles {
  /** The formats of lkjip's JSON documents that are not reports (any version). */
  private static final ImmutableList<String> OTHER_DOCUMENTS =
      ImmutableList.of(
          "lkjip-baseline/", "lkjip-verification/", "lkjip-evaluation/", "lkjip-formulas/");

  private ReportFiles() {}

  /**
   * The report files under {@code directory}: every {@code *.json}, {@code *.xlsx} and {@code
   * *.xlsm} file, recursively, sorted by path relative to the directory (with {@code /}), skipping
   * hidden files and directories (names starting with a dot) and the JSON documents lkjip itself
   * writes beside reports: a baseline ({@code lkjip-baseline/1}), a verification, an evaluation or
   * formula definitions, i.e. a top-level {@code "format"} that starts with {@code lkjip-} but is
   * not a report's. Any other JSON is a report (so a broken report is never skipped silently).
   *
   * @return the files, possibly none
   * @throws UncheckedIOException if the directory cannot be listed; its message names the directory
   */
  public static ImmutableList<Path> under(Path directory) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(directory) && hidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!hidden(file)
                  && isReportName(file)
                  && Files.isRegularFile(file)
                  && !isOtherLkjipDocument(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(directory + ": cannot list the directory: " + e, e);
    }
    found.sort(Comparator.comparing(f -> directory.relativize(f).toString().replace('\\', '/')));
    return ImmutableList.copyOf(found);
  }

  /**
   * Whether {@code file} is a JSON document of lkjip that is not a report, by its top-level {@code
   * "format"} (read with a streaming parser, stopping there). A file that cannot be parsed is not.
   */
  static boolean isOtherLkjipDocument(Path file) {
    if (!file.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = LkjipJson.mapper().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("format".equals(name)) {
          if (value != JsonToken.VALUE_STRING) {
            return false;
          }
          String format = p.getString();
          return OTHER_DOCUMENTS.stream().anyMatch(format::startsWith);
        }
        p.skipChildren();
      }
      return false;
    } catch (IOException | JacksonException e) {
      return false;
    }
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isReportName(Path p) {
    Path name = p.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".xlsx") || n.endsWith(".xlsm");
  }
}
