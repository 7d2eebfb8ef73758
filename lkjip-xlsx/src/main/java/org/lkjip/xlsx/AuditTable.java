package org.lkjip.xlsx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lkjip.evaluation.audit.ReconciliationStatus;

/**
 * A published table: its name, its sheet, the indexes of the figures its sheet lists in report
 * order (all, or only the problems), and the count of all its figures per status.
 */
final class AuditTable {
  final String name;
  final String sheet;
  final List<Integer> figures = new ArrayList<>();
  final Map<ReconciliationStatus, Integer> counts = new EnumMap<>(ReconciliationStatus.class);

  AuditTable(String name, String sheet) {
    this.name = name;
    this.sheet = sheet;
    for (ReconciliationStatus s : ReconciliationStatus.values()) {
      counts.put(s, 0);
    }
  }

  /** How many figures the table has, listed or not. */
  int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
