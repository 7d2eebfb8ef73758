package org.lkjip.examples.cli;

/**
 * Bad input or usage that is not located in a document (an unknown rule set id, an unparsable
 * value, an output that cannot be written): the command prints {@code lkjip: error: <message>} and
 * exits with 2.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
