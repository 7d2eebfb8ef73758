package org.lkjip.xlsx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lkjip.model.ImmutableAgency;
import org.lkjip.model.ImmutableBand;
import org.lkjip.model.ImmutableBound;
import org.lkjip.model.ImmutableGradingScale;
import org.lkjip.model.ImmutableReport;
import org.lkjip.xlsx.Records.Rec;
import org.lkjip.xlsx.WorkbookFormat.Field;
import org.lkjip.xlsx.WorkbookFormat.Sheet;

/**
 * The report's identity from the Identitas sheet (agency, fiscal year, title, rule set) and the
 * grading scale it states, whose bands are the rows of the Skala sheet.
 */
final class IdentityPart {
  private final Assembly assembly;
  private final Records in;

  IdentityPart(Assembly assembly) {
    this.assembly = assembly;
    this.in = assembly.in;
  }

  void addTo(ImmutableReport.Builder report) {
    Map<Field, Rec> fields = new LinkedHashMap<>();
    Map<Field, String> values = new HashMap<>();
    for (Rec r : assembly.rows(Sheet.IDENTITY)) {
      String key = in.requiredText(r, "field");
      if (key == null) {
        continue;
      }
      Field f = Field.withKey(key.strip()).orElse(null);
      if (f == null) {
        in.problem(r.where("field"), "unknown field '" + Records.clip(key) + "'");
      } else if (fields.containsKey(f)) {
        in.problem(
            r.where("field"),
            "the field '" + key + "' is given twice (first in row " + fields.get(f).row() + ")");
      } else {
        fields.put(f, r);
        String v = in.text(r, "value");
        if (v != null) {
          values.put(f, v.strip());
        }
      }
    }
    for (Field f : Field.values()) {
      if (f.required() && !values.containsKey(f)) {
        Rec r = fields.get(f);
        in.problem(
            r == null ? Records.sheetRef(Sheet.IDENTITY.sheetName()) : r.where("value"),
            "expected a value for the field '"
                + f.key()
                + "'"
                + (r == null ? ", which is missing" : ""));
      }
    }
    String format = values.get(Field.FORMAT);
    if (format != null && !format.equals(WorkbookFormat.FORMAT)) {
      in.problem(
          java.util.Objects.requireNonNull(fields.get(Field.FORMAT)).where("value"),
          "expected format '" + WorkbookFormat.FORMAT + "', found '" + Records.clip(format) + "'");
    }
    Rec yearRec = fields.get(Field.FISCAL_YEAR);
    Integer year = yearRec == null ? null : in.integer(yearRec, "value");
    if (year != null) {
      report.fiscalYear(year);
    }
    if (values.containsKey(Field.AGENCY_NAME)) {
      Rec at = fields.get(Field.AGENCY_NAME);
      assembly
          .build(
              at,
              () ->
                  ImmutableAgency.builder()
                      .name(values.get(Field.AGENCY_NAME))
                      .region(java.util.Optional.ofNullable(values.get(Field.AGENCY_REGION)))
                      .province(java.util.Optional.ofNullable(values.get(Field.AGENCY_PROVINCE)))
                      .build())
          .ifPresent(report::agency);
    }
    report.title(java.util.Optional.ofNullable(values.get(Field.TITLE)));
    report.ruleSet(java.util.Optional.ofNullable(values.get(Field.RULE_SET)));
    String scaleId = values.get(Field.SCALE_ID);
    List<Rec> bands = assembly.rows(Sheet.SCALE);
    if (scaleId == null) {
      if (!bands.isEmpty()) {
        in.problem(
            bands.get(0).where(),
            "bands without a scale: fill statedScale.id and statedScale.name in "
                + Sheet.IDENTITY.sheetName());
      }
      return;
    }
    ImmutableGradingScale.Builder scale =
        ImmutableGradingScale.builder()
            .id(scaleId)
            .name(values.getOrDefault(Field.SCALE_NAME, scaleId))
            .source(java.util.Optional.ofNullable(values.get(Field.SCALE_SOURCE)))
            .confidence(java.util.Optional.ofNullable(values.get(Field.SCALE_CONFIDENCE)));
    for (Rec r : bands) {
      String label = in.requiredText(r, "label");
      BigDecimal lower = in.number(r, "lower");
      Boolean lowerIn = in.bool(r, "lowerInclusive");
      BigDecimal upper = in.number(r, "upper");
      Boolean upperIn = in.bool(r, "upperInclusive");
      if (label == null) {
        continue;
      }
      assembly
          .build(
              r,
              () -> {
                ImmutableBand.Builder b = ImmutableBand.builder().label(label);
                if (lower != null) {
                  b.lower(ImmutableBound.of(lower, lowerIn == null || lowerIn));
                }
                if (upper != null) {
                  b.upper(ImmutableBound.of(upper, upperIn == null || upperIn));
                }
                return b.build();
              })
          .ifPresent(scale::addBand);
    }
    assembly.build(fields.get(Field.SCALE_ID), scale::build).ifPresent(report::statedScale);
  }
}
