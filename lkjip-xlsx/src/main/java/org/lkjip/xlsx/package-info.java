/**
 * Excel workbooks in and out (Apache POI).
 *
 * <p>Entry points: {@link org.lkjip.xlsx.ReportWorkbookReader} reads an {@code lkjip-workbook/1}
 * workbook into the same immutable {@link org.lkjip.model.Report} the JSON reader gives, listing
 * every problem at its {@code Sheet!Cell}; {@link org.lkjip.xlsx.ReportWorkbookWriter} writes the
 * empty template or a report as a workbook; {@link org.lkjip.xlsx.AuditWorkbookWriter} writes a
 * verification as a workbook for auditors; {@link org.lkjip.xlsx.Workbooks} tells a workbook from a
 * JSON document by its content and sets POI's limits for untrusted files.
 */
@NullMarked
package org.lkjip.xlsx;

import org.jspecify.annotations.NullMarked;
