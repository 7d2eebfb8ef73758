/**
 * Reports and audits as Excel workbooks: the {@code lkjip-workbook/1} format (template, export,
 * streaming reader with errors located at {@code Sheet!Cell}) and the audit as a workbook. The only
 * lkjip module that reads Apache POI.
 */
module org.lkjip.xlsx {
  requires transitive org.lkjip.io;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires org.apache.commons.compress;
  requires java.xml;

  exports org.lkjip.xlsx;
}
