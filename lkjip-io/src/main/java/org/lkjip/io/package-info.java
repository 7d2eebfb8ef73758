/**
 * JSON input and output of lkjip documents (Jackson 3), their JSON Schemas, atomic file writing and
 * the parser for numbers as printed in Indonesian reports.
 *
 * <p>Entry points: {@link org.lkjip.io.ReportReader} and {@link org.lkjip.io.ReportWriter} for the
 * {@code lkjip-report/1} document; {@link org.lkjip.io.Schemas} for the schema texts; {@link
 * org.lkjip.io.IndonesianNumbers} for printed figures such as "34,28%" or "Rp 2,693,549,200.00";
 * {@link org.lkjip.io.AtomicFiles} for writing any output file all at once or not at all. Every
 * reading failure is an {@link org.lkjip.io.LkjipInputException} that names the source, JSON path,
 * line and column.
 */
@NullMarked
package org.lkjip.io;

import org.jspecify.annotations.NullMarked;
