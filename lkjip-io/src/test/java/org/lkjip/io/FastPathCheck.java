package org.lkjip.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.lkjip.model.Report;

/**
 * The differential check of the reader's two paths on one document: the fast path ({@link
 * ReportBinder}) either declines or returns a report equal to the strict path's, and the public
 * {@link ReportReader} gives exactly what the strict path gives (the same report, or an error with
 * the same message, path, line and column). Public so that the hardening tests can use it.
 */
public final class FastPathCheck {
  private static final ReportReader READER = new ReportReader();

  private FastPathCheck() {}

  /**
   * What the check found for one document.
   *
   * @param strictAccepted whether the strict path read a report from the bytes
   * @param declined why the fast path declined the bytes, or null when it read a report
   * @param problem what is wrong, or null when the paths agree
   */
  public record Result(
      boolean strictAccepted, @Nullable String declined, @Nullable String problem) {
    /** Whether the strict path accepted the document and the fast path declined it. */
    public boolean declinedValid() {
      return strictAccepted && declined != null;
    }
  }

  /** Checks a document given as bytes, and also as text when the bytes are strict UTF-8. */
  public static Result check(byte[] doc) {
    return check(doc, true);
  }

  /**
   * Checks a document given as bytes, and also as text when the bytes are strict UTF-8.
   *
   * @param viaReader whether to also compare what the public {@link ReportReader} gives with the
   *     strict path (costs another strict read when the fast path declines)
   */
  public static Result check(byte[] doc, boolean viaReader) {
    Object strict = strict(() -> ReportReader.readStrictly("doc.json", doc));
    ReportBinder.Outcome fast = ReportBinder.bind(doc);
    String problem = compare("bytes", strict, fast);
    if (problem == null && viaReader) {
      problem = samePublicResult("bytes", strict, strict(() -> READER.read("doc.json", doc)));
    }
    String text = decodeOrNull(doc);
    if (problem == null && text != null) {
      // The bytes decode to this text, but for a byte order mark, which the text keeps.
      Object strictText =
          text.startsWith("\uFEFF")
              ? strict(() -> ReportReader.readStrictly("doc.json", text))
              : strict;
      problem = compare("text", strictText, ReportBinder.bind(text));
      if (problem == null && viaReader) {
        problem = samePublicResult("text", strictText, strict(() -> READER.read("doc.json", text)));
      }
    }
    return new Result(strict instanceof Report, fast.declined(), problem);
  }

  /** Checks a document given as text. */
  public static Result check(String doc) {
    return check(doc.getBytes(StandardCharsets.UTF_8));
  }

  private interface Read {
    Report read();
  }

  /** The report, or the {@link LkjipInputException}; anything else escapes. */
  private static Object strict(Read read) {
    try {
      return read.read();
    } catch (LkjipInputException e) {
      return e;
    }
  }

  private static @Nullable String compare(String form, Object strict, ReportBinder.Outcome fast) {
    Report report = fast.report();
    if (report == null) {
      return fast.declined() == null ? form + ": declined without a reason" : null;
    }
    if (strict instanceof LkjipInputException e) {
      return form + ": the fast path accepted what the strict path rejects: " + e.getMessage();
    }
    if (!report.equals(strict)) {
      return form
          + ": the fast path read another report than the strict path:\n"
          + report
          + "\n"
          + strict;
    }
    return null;
  }

  private static @Nullable String samePublicResult(String form, Object strict, Object published) {
    if (strict instanceof LkjipInputException a && published instanceof LkjipInputException b) {
      boolean same =
          Objects.equals(a.getMessage(), b.getMessage())
              && a.jsonPath().equals(b.jsonPath())
              && a.line() == b.line()
              && a.column() == b.column()
              && a.problem().equals(b.problem());
      return same
          ? null
          : form + ": the reader's error differs from the strict path's: " + b + " / " + a;
    }
    return strict.equals(published)
        ? null
        : form
            + ": the reader's result differs from the strict path's: "
            + published
            + " / "
            + strict;
  }

  private static @Nullable String decodeOrNull(byte[] doc) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(doc))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
