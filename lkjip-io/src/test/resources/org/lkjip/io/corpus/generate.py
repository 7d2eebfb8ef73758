#!/usr/bin/env python3
"""Writes the malformed-input corpus: one document per way of being wrong, and INDEX.tsv.

Two corpora: reports (this directory, read by ReportReader, checked by CorpusTests) and rule sets
(rulesets/, made from rulesets/valid-recommended.json, read by RuleSetReader, checked by
RuleSetCorpusTests).

Every case starts from ../valid/sample-report.json (a valid lkjip-report/1 document), changes it in
one deliberate way, and marks with ¶ the place where the reader must locate the error; the marker
is removed and its line and column (1-based, in characters) go to the index with the expected JSON
path and a fragment of the message. Edits address lines of the sample by their 1-based number, so
a case reads like the sample printed with line numbers (`cat -n`).

Where the error is located, by kind (the reader's documented conventions):
  a value of the wrong type, a null, an unknown enum value   -> the start of the value
  an unknown property                                         -> the start of its value
  a duplicate property                                        -> the start of the repeated name
  an object the model rejects (missing or inconsistent data)  -> the object's opening brace
  a reference that does not resolve (checked on the report)   -> the report's opening brace
  a syntax error, a number or name over a length limit        -> where the parser stopped
  bytes that are not UTF-8                                    -> the character before the bad byte + 1

Run from this directory: python3 generate.py  (rewrites every NNN-*.json and both INDEX.tsv).
"""
import glob
import os

MARK = "\u00b6"
# An object's brace marked by brace(): it wins over the value marks the other edits of the case make.
OBJECT_MARK = "\u00a7"
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = open(os.path.join(HERE, "..", "valid", "sample-report.json"), encoding="utf-8").read()
BASE_LINES = BASE.split("\n")

CASES = []


def case(name, why, path, message, *edits, raw=None, encode=None):
    CASES.append((name, why, path, message, edits, raw, encode))


# ---- edits on a copy of the sample, addressed by 1-based line numbers of the sample -------------


class Doc:
    def __init__(self, base_lines=None):
        self.lines = [None] + list(BASE_LINES if base_lines is None else base_lines)  # 1-based

    def text(self):
        return "\n".join(l for l in self.lines[1:] if l is not None)


def sub(n, old, new):
    def f(d):
        assert old in d.lines[n], (n, old, d.lines[n])
        d.lines[n] = d.lines[n].replace(old, new, 1)
    return f


def val(n, new, past=False):
    """Replaces the value on line n ("key": value[,]) by new; marks its start (or its end)."""
    def f(d):
        line = d.lines[n]
        colon = line.index(": ") + 2
        comma = "," if line.rstrip().endswith(",") else ""
        mark_new = new + MARK if past else MARK + new
        d.lines[n] = line[:colon] + mark_new + comma
    return f


def brace(n):
    """Marks the first '{' on line n (an object the model rejects)."""
    def f(d):
        assert "{" in d.lines[n], (n, d.lines[n])
        d.lines[n] = d.lines[n].replace("{", OBJECT_MARK + "{", 1)
    return f


REPORT = brace(3)


def rename(n, new_key):
    """Renames the property on line n; marks the start of its value (an unknown property)."""
    def f(d):
        line = d.lines[n]
        indent = line[: len(line) - len(line.lstrip())]
        colon = line.index(": ")
        d.lines[n] = indent + '"' + new_key + '": ' + MARK + line[colon + 2 :]
    return f


def indent_of(line):
    return line[: len(line) - len(line.lstrip())]


def add(n, prop):
    """Adds a property line after line n (at the same indentation); prop may hold the marker."""
    def f(d):
        line = d.lines[n]
        if line.rstrip().endswith(","):
            d.lines[n] = line + "\n" + indent_of(line) + prop + ","
        else:
            d.lines[n] = line + ",\n" + indent_of(line) + prop
    return f


def add_unknown(n, key, value='"x"'):
    return add(n, '"' + key + '": ' + MARK + value)


def dup(n):
    """Repeats the property on line n right after it; marks the repeated name."""
    def f(d):
        line = d.lines[n]
        ind = indent_of(line)
        body = line.strip().rstrip(",")
        # A multi-line value cannot be repeated this way.
        assert not body.endswith("{") and not body.endswith("["), line
        if line.rstrip().endswith(","):
            d.lines[n] = line + "\n" + ind + MARK + body + ","
        else:
            d.lines[n] = line + ",\n" + ind + MARK + body
    return f


def drop(*ns):
    """Removes lines (a whole property); fixes the comma of the line before when needed."""
    def f(d):
        for n in ns:
            last = not d.lines[n].rstrip().endswith(",")
            d.lines[n] = None
            if last:
                p = n - 1
                while d.lines[p] is None:
                    p -= 1
                d.lines[p] = d.lines[p].rstrip().rstrip(",")
    return f


def remove(*ns):
    """Removes lines as they are; the case keeps the commas right itself."""
    def f(d):
        for n in ns:
            d.lines[n] = None
    return f


def whole(text):
    def f(d):
        d.lines = [None] + text.split("\n")
    return f


# ---- the cases --------------------------------------------------------------------------------
SUB = "$.report.programs[0].activities[0].subActivities[0]"
SUB2 = "$.report.programs[1].activities[0].subActivities[0]"
IKU = "$.report.goals[0].objectives[0].indicators[0]"
PLAN = "$.report.plans[0]"
PLAN_IND = PLAN + ".indicators[0]"
SCALE = "$.report.statedScale"
LINK0 = "$.report.alignments[0].links[0]"
LINK1 = "$.report.alignments[0].links[1]"
DS = "$.report.datasets[0]"
PUB = "$.report.published"

# Syntax (the text is not JSON).
case("syntax-empty-file", "an empty file", "$", "the document is empty", raw=MARK)
case("syntax-only-whitespace", "only blanks and line ends", "$", "the document is empty",
     raw=MARK + "  \n\t\n")
case("syntax-only-bom", "only a byte order mark", "$", "the document is empty",
     raw=MARK + "\ufeff")
case("syntax-bom-inside", "a byte order mark between two properties", "$.report.agency",
     "malformed JSON", sub(5, '"name"', MARK + '\ufeff"name"'))
case("syntax-single-quotes", "a string in single quotes", "$.report.agency.region",
     "malformed JSON", sub(6, '"Kota Tebing Tinggi"', MARK + "'Kota Tebing Tinggi'"))
case("syntax-unquoted-name", "a property name without quotes", "$.report.agency",
     "malformed JSON", sub(6, '"region"', MARK + "region"))
case("syntax-trailing-comma-object", "a comma after the last property", "$.report.agency",
     "malformed JSON", sub(7, '"Sumatera Utara"', '"Sumatera Utara",'), sub(8, "}", MARK + "}"))
case("syntax-trailing-comma-array", "a comma after the last element", "$.report.datasets[0].columns[3]",
     "malformed JSON", sub(230, '"L+P"', '"L+P",'), sub(231, "]", MARK + "]"))
case("syntax-missing-comma", "two properties without a comma between them", "$.report.agency",
     "malformed JSON", sub(5, '",', '"'), sub(6, '"region"', MARK + '"region"'))
case("syntax-missing-colon", "a property without its colon", "$.report.agency.region",
     "malformed JSON", sub(6, '": "Kota', '" ' + MARK + '"Kota'))
case("syntax-missing-value", "a property with no value", "$.report.title", "malformed JSON",
     sub(10, '"Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2022"', MARK))
case("syntax-line-comment", "a // comment", "$.report", "malformed JSON",
     sub(9, '"fiscalYear"', MARK + '// tahun anggaran\n    "fiscalYear"'))
case("syntax-block-comment", "a /* */ comment", "$.report", "malformed JSON",
     sub(9, '"fiscalYear"', MARK + '/* tahun */ "fiscalYear"'))
case("syntax-hash-comment", "a # comment", "$.report", "malformed JSON",
     sub(9, '"fiscalYear"', MARK + '# tahun\n    "fiscalYear"'))
case("syntax-leading-zero", "a number with a leading zero", "$.report.fiscalYear", "malformed JSON",
     sub(9, "2022", "0" + MARK + "2022"))
case("syntax-leading-plus", "a number with a plus sign", SUB + ".budget", "malformed JSON",
     sub(165, "2693549200", "+" + MARK + "2693549200"))
case("syntax-leading-point", "a number starting with its decimal point", "$.report.published[0].value",
     "malformed JSON", sub(301, "52.74", MARK + ".74"))
case("syntax-trailing-point", "a number ending with its decimal point", SUB + ".spending",
     "malformed JSON", sub(166, "2602212755,", "2602212755" + MARK + ".,"))
case("syntax-incomplete-exponent", "an exponent without digits", SUB + ".budget",
     "malformed JSON", sub(165, "2693549200,", "2693549200" + MARK + "e,"))
case("syntax-hex-number", "a hexadecimal number", "$.report.fiscalYear", "malformed JSON",
     sub(9, "2022", "0" + MARK + "x7E6"))
case("syntax-nan", "NaN as a value", "$.report.published[0].value", "'NaN' is not a JSON number",
     val(301, "NaN", past=True))
case("syntax-infinity", "Infinity as a value", SUB + ".budget", "'Infinity' is not a JSON number",
     val(165, "Infinity", past=True))
case("syntax-minus-infinity", "-Infinity as a value", SUB + ".spending",
     "'-Infinity' is not a JSON number", val(166, "-Infinity", past=True))
case("syntax-capital-true", "True instead of true", SCALE + ".bands[0].lower.inclusive",
     "malformed JSON", val(45, "True"))
case("syntax-truncated-null", "nul instead of null", "$.report.title", "malformed JSON",
     val(10, "nul"))
case("syntax-undefined", "the word undefined as a value", "$.report.agency.province",
     "malformed JSON", val(7, "undefined"))
case("syntax-unclosed-string", "a string that never ends", "$.report.published[4].measure",
     "the document ends too early",
     raw=BASE.split('"measure": "BUDGET"')[0] + '"measure": "BUDGET' + MARK)
case("syntax-unclosed-object", "the document stops before its closing braces",
     "$.report.published", "the document ends too early",
     raw=BASE.rsplit("]", 1)[0] + "]\n" + MARK)
case("syntax-cut-mid-number", "the document stops in the middle of a number", SUB + ".budget",
     "the document ends too early", raw=BASE.split("2693549200")[0] + "26935" + MARK)
case("syntax-cut-after-name", "the document stops after a property name", "$.report.agency.name",
     "the document ends too early", raw=BASE.split(": \"Dinas")[0] + MARK)
case("syntax-extra-closing-brace", "one closing brace too many", "$",
     "unexpected content after the end of the document", sub(345, "}", "}\n" + MARK + "}"))
case("syntax-two-documents", "two documents one after the other", "$",
     "unexpected content after the end of the document", whole(BASE + "\n" + MARK + "{}"))
case("syntax-bracket-mismatch", "an object closed with ]", "$.report.agency", "malformed JSON",
     sub(8, "}", MARK + "]"))
case("syntax-control-char-in-string", "a raw control character (0x01) in a string",
     "$.report.agency.region", "malformed JSON", sub(6, "Kota ", "Kota " + MARK + "\x01"))
case("syntax-newline-in-string", "a raw line break inside a string", "$.report.title",
     "malformed JSON", sub(10, "Pemerintah (", "Pemerintah" + MARK + "\n("))
case("syntax-tab-in-string", "a raw tab inside a string", "$.report.agency.name",
     "malformed JSON", sub(5, "Dinas ", "Dinas" + MARK + "\t"))
case("syntax-bad-escape", "an unknown escape \\x", "$.report.agency.name", "malformed JSON",
     sub(5, "Dinas ", "Dinas\\" + MARK + "x41 "))
case("syntax-bad-unicode-escape", "a \\u escape with a non-hex digit", "$.report.agency.region",
     "malformed JSON", sub(6, "Kota ", "Kota \\u12" + MARK + "G4"))
case("syntax-nul-between-tokens", "a NUL character between two properties", "$.report.agency",
     "malformed JSON", sub(6, '"region"', MARK + '\x00"region"'))
case("syntax-top-level-array", "the document is an array", "$", "expected an object",
     raw=MARK + "[" + BASE + "]")
case("syntax-top-level-string", "the document is a string", "$", "expected an object",
     raw=MARK + '"lkjip-report/1"')
case("syntax-top-level-number", "the document is a number", "$", "expected an object",
     raw=MARK + "2022")
case("syntax-top-level-null", "the document is null", "$", "expected an object", raw=MARK + "null")
case("syntax-top-level-true", "the document is true", "$", "expected an object", raw=MARK + "true")
case("syntax-garbage", "not JSON at all", "$", "malformed JSON",
     raw=MARK + "Laporan Kinerja 2022")
case("syntax-html", "an HTML page instead of JSON", "$", "malformed JSON",
     raw=MARK + "<html><body>404</body></html>")
case("syntax-yaml", "the report written as YAML", "$", "malformed JSON",
     raw=MARK + "format: lkjip-report/1\nreport:\n  fiscalYear: 2022\n")
case("syntax-deep-nesting", "arrays nested 70 deep inside the title", "$.report.title" + "[0]" * 62,
     "nested deeper than 64 levels (Limits.MAX_NESTING_DEPTH)",
     sub(10, '"Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2022"', "[" * 62 + MARK + "[" * 8 + "]" * 70))
case("syntax-deep-objects", "objects nested 70 deep in an unknown property", "$.report" + ".a" * 63,
     "nested deeper than 64 levels (Limits.MAX_NESTING_DEPTH)",
     add(10, '"a": ' + '{"a": ' * 61 + "{" + MARK + '"a": ' + '{"a": ' * 8 + "1" + "}" * 70))
case("syntax-number-too-long", "a budget with 101 digits", SUB + ".budget",
     "number longer than 100 characters (Limits.MAX_NUMBER_LENGTH)", val(165, "9" * 101, past=True))
case("syntax-name-too-long", "a property name of 257 characters", "$.report.agency",
     "property name longer than 256 characters (Limits.MAX_NAME_LENGTH)",
     add(7, '"' + "n" * 257 + '"' + MARK + ': "x"'))

# Bytes that are not UTF-8: \u0000BAD:xx\u0000 stands for the raw byte 0xxx.
def bad_bytes(text):
    out = bytearray()
    parts = text.split("\u0000BAD:")
    out += parts[0].encode("utf-8")
    for p in parts[1:]:
        hexes, rest = p.split("\u0000", 1)
        out += bytes.fromhex(hexes)
        out += rest.encode("utf-8")
    return bytes(out)


def bad(hexes):
    return "\u0000BAD:" + hexes + "\u0000"


case("utf8-invalid-byte", "a 0xFF byte in a string", "$", "not valid UTF-8: malformed byte 0xFF",
     sub(6, "Kota ", "Kota " + MARK + bad("ff")), encode=bad_bytes)
case("utf8-latin1", "a name in Latin-1 (0xE9 for e-acute)", "$", "not valid UTF-8: malformed byte 0xE9",
     sub(5, "Dinas ", "Dinas d" + MARK + bad("e9") + "j\u00e0 "), encode=bad_bytes)
case("utf8-overlong", "an overlong encoding of '/' (C0 AF)", "$",
     "not valid UTF-8: malformed byte 0xC0", sub(38, "53/2014", "53" + MARK + bad("c0af") + "2014"),
     encode=bad_bytes)
case("utf8-surrogate", "a UTF-16 surrogate encoded in UTF-8 (ED A0 80)", "$",
     "not valid UTF-8: malformed byte 0xED", sub(10, "Tahun", "Tahun " + MARK + bad("eda080")),
     encode=bad_bytes)
case("utf8-cut-sequence", "a three-byte sequence cut after two bytes", "$",
     "not valid UTF-8: malformed byte 0xE2", sub(14, "2017-2022", "2017" + MARK + bad("e282") + "2022"),
     encode=bad_bytes)
case("utf8-continuation-alone", "a continuation byte (0x80) on its own", "$",
     "not valid UTF-8: malformed byte 0x80", sub(87, "Persentase", MARK + bad("80") + "Persentase"),
     encode=bad_bytes)
case("utf8-after-carriage-returns", "a bad byte on the third line of a file with CR line ends", "$",
     "not valid UTF-8: malformed byte 0xFF", raw='{"format": "lkjip-report/1",\r"report": {\r  "x": "' + MARK + bad("ff") + '"}}',
     encode=bad_bytes)
case("utf8-utf16-document", "the document saved as UTF-16 with a byte order mark", "$",
     "not valid UTF-8: malformed byte 0xFE", raw=MARK + "{}",
     encode=lambda t: b"\xfe\xff" + t.encode("utf-16-be"))
case("utf8-five-byte", "an obsolete five-byte sequence (F8)", "$", "not valid UTF-8: malformed byte 0xF8",
     sub(297, "Tabel 5", "Tabel " + MARK + bad("f888808080") + "5"), encode=bad_bytes)

# The envelope.
case("envelope-missing-format", "no format property", "$", "missing required property 'format'",
     drop(2), sub(345, "}", MARK + "}"))
case("envelope-format-version-2", "a format of a later version", "$.format",
     "expected format 'lkjip-report/1', found 'lkjip-report/2'", val(2, '"lkjip-report/2"'))
case("envelope-format-upper-case", "the format name in capitals", "$.format",
     "expected format 'lkjip-report/1', found 'LKJIP-REPORT/1'", val(2, '"LKJIP-REPORT/1"'))
case("envelope-format-blank-padded", "the format name with a trailing blank", "$.format",
     "expected format 'lkjip-report/1', found 'lkjip-report/1 '", val(2, '"lkjip-report/1 "'))
case("envelope-format-empty", "an empty format", "$.format", "expected format 'lkjip-report/1', found ''",
     val(2, '""'))
case("envelope-format-number", "the format as a number", "$.format",
     'expected a string "lkjip-report/1", found an integer', val(2, "1"))
case("envelope-format-null", "the format as null", "$.format", 'expected a string "lkjip-report/1", found null',
     val(2, "null"))
case("envelope-format-evaluation", "another lkjip document type", "$.format",
     "expected format 'lkjip-report/1', found 'lkjip-evaluation/1'", val(2, '"lkjip-evaluation/1"'))
case("envelope-format-after-report", "a wrong format written after the report", "$.format",
     "expected format 'lkjip-report/1', found 'lkjip-report/0'", drop(2),
     sub(344, "}", '},\n  "format": ' + MARK + '"lkjip-report/0"'))
case("envelope-missing-report", "no report property", "$", "missing required property 'report'",
     whole('{\n  "format": "lkjip-report/1"\n' + MARK + "}"))
case("envelope-report-array", "the report is an array", "$.report", "expected an object, found an array",
     whole('{\n  "format": "lkjip-report/1",\n  "report": ' + MARK + "[]\n}"))
case("envelope-report-string", "the report is a string", "$.report", "expected an object, found a string",
     whole('{\n  "format": "lkjip-report/1",\n  "report": ' + MARK + '"LKjIP 2022"\n}'))
case("envelope-report-null", "the report is null", "$.report", "expected an object, found null",
     whole('{\n  "format": "lkjip-report/1",\n  "report": ' + MARK + "null\n}"))
case("envelope-unknown-property", "an extra property next to format and report", "$.version",
     "unknown property 'version'; expected 'format' and 'report'", add(2, '"version": ' + MARK + "1"))
case("envelope-class-property", "a Java class name in the envelope (type information)", "$['@class']",
     "unknown property '@class'", add(2, '"@class": ' + MARK + '"java.lang.ProcessBuilder"'))
case("envelope-schema-property", "a $schema property (not part of the format)", "$['$schema']",
     "unknown property '$schema'", add(2, '"$schema": ' + MARK + '"lkjip-report-1.schema.json"'))
case("envelope-duplicate-format", "format given twice", "$.format", "duplicate property 'format'", dup(2))
case("envelope-duplicate-report", "report given twice", "$.report", "duplicate property 'report'",
     sub(344, "}", '},\n  ' + MARK + '"report": {}'))
case("envelope-report-empty-object", "an empty report", "$.report",
     "missing required properties 'agency', 'fiscalYear' of a Report",
     whole('{\n  "format": "lkjip-report/1",\n  "report": ' + MARK + "{}\n}"))

# Types of values.
case("type-year-string", "the fiscal year as a string", "$.report.fiscalYear",
     "expected an integer, found a string", val(9, '"2022"'))
case("type-year-decimal", "the fiscal year with a fraction", "$.report.fiscalYear",
     "expected an integer, found a decimal number", val(9, "2022.5"))
case("type-year-decimal-zero", "the fiscal year written 2022.0", "$.report.fiscalYear",
     "expected an integer, found a decimal number", val(9, "2022.0"))
case("type-year-exponent", "the fiscal year written 2.022e3", "$.report.fiscalYear",
     "expected an integer, found a decimal number", val(9, "2.022e3"))
case("type-year-boolean", "the fiscal year as true", "$.report.fiscalYear",
     "expected an integer, found a boolean", val(9, "true"))
case("type-year-array", "the fiscal year in an array", "$.report.fiscalYear",
     "expected an integer, found an array", val(9, "[2022]"))
case("type-year-object", "the fiscal year as an object", "$.report.fiscalYear",
     "expected an integer, found an object", val(9, '{"value": 2022}'))
case("type-year-null", "the fiscal year as null", "$.report.fiscalYear", "null is not allowed here",
     val(9, "null"))
case("type-year-overflow", "a fiscal year beyond the int range", "$.report.fiscalYear",
     "number out of range", val(9, "99999999999", past=True))
case("type-agency-string", "the agency as a string", "$.report.agency", "expected an object, found a string",
     sub(4, "{", MARK + '"Disnakerin",'), remove(5, 6, 7, 8))
case("type-agency-array", "the agency as an array", "$.report.agency", "expected an object, found an array",
     sub(4, "{", MARK + "[],\n    \"x\": {"))
case("type-name-number", "the agency name as a number", "$.report.agency.name",
     "expected a string, found an integer", val(5, "42"))
case("type-name-boolean", "the agency name as false", "$.report.agency.name",
     "expected a string, found a boolean", val(5, "false"))
case("type-name-array", "the agency name as an array of strings", "$.report.agency.name",
     "expected a string, found an array", val(5, '["Dinas", "Ketenagakerjaan"]'))
case("type-province-null", "an optional property given as null", "$.report.agency.province",
     "null is not allowed here", val(7, "null"))
case("type-title-object", "the title as an object", "$.report.title", "expected a string, found an object",
     val(10, '{"id": "LKjIP"}'))
case("type-title-number", "the title as a number", "$.report.title", "expected a string, found an integer",
     val(10, "2022"))
case("type-plans-object", "plans as an object instead of an array", "$.report.plans",
     "expected an array, found an object", sub(11, "[", MARK + "{\"p\":["), sub(34, "]", "]}"))
case("type-plans-string", "plans as a string", "$.report.plans", "expected an array, found a string",
     sub(11, "[", MARK + '"Renstra", "x": ['))
case("type-plans-element-string", "a plan given as its name", "$.report.plans[0]",
     "expected an object, found a string", sub(12, "{", MARK + '"Renstra 2017-2022", {'))
case("type-plans-element-null", "a null plan", "$.report.plans[0]", "null is not allowed here",
     sub(12, "{", MARK + "null, {"))
case("type-plans-element-number", "a plan given as a number", "$.report.plans[0]",
     "expected an object, found an integer", sub(12, "{", MARK + "1, {"))
case("type-start-year-string", "a plan start year as a string", PLAN + ".startYear",
     "expected an integer, found a string", val(15, '"2017"'))
case("type-polarity-number", "polarity as a number", IKU + ".polarity",
     "expected a string, one of POSITIVE, NEGATIVE", val(89, "1"))
case("type-polarity-boolean", "polarity as true", IKU + ".polarity",
     "expected a string, one of POSITIVE, NEGATIVE", val(89, "true"))
case("type-formula-number", "the formula id as a number", IKU + ".formula",
     "expected a string, found an integer", val(90, "6"))
case("type-inputs-object", "inputs as one object instead of an array", IKU + ".inputs",
     "expected an array, found an object", sub(92, "[", MARK + "{\"a\": ["), sub(108, "]", "]}"))
case("type-input-value-string", "an input value as a string", IKU + ".inputs[0].value",
     "expected a number, found a string", val(96, '"141"'))
case("type-input-value-printed", "an input value as printed (Indonesian grouping)", IKU + ".inputs[1].value",
     "expected a number, found a string", val(106, '"1.050"'))
case("type-input-year-string", "an input year as a string", IKU + ".inputs[1].year",
     "expected an integer, found a string", val(105, '"2021"'))
case("type-target-value-percent-string", "a target value as printed, with %", IKU + ".targets[2].value",
     "expected a number, found a string", val(121, '"65%"'))
case("type-target-value-boolean", "a target value as true", IKU + ".targets[1].value",
     "expected a number, found a boolean", val(117, "true"))
case("type-target-value-array", "a target value in an array", IKU + ".targets[1].value",
     "expected a number, found an array", val(117, "[60]"))
case("type-target-value-object", "a target value as an object", IKU + ".targets[1].value",
     "expected a number, found an object", val(117, '{"value": 60}'))
case("type-national-standard-string", "a national standard as its printed text", IKU + ".nationalStandard",
     "expected an object, found a string", sub(128, "{", MARK + '"Nihil", "x": {'))
case("type-absence-number", "an absence as a number", IKU + ".targets[0].absence",
     "expected a string, one of NOT_APPLICABLE, NIL, NOT_REPORTED", val(112, "0"))
case("type-printed-number", "printed text as a number", IKU + ".targets[2].printed",
     "expected a string, found an integer", val(122, "65"))
case("type-bound-inclusive-string", "a bound's inclusive flag as a string", SCALE + ".bands[1].lower.inclusive",
     "expected true or false, found a string", val(56, '"true"'))
case("type-bound-inclusive-number", "a bound's inclusive flag as 1", SCALE + ".bands[1].upper.inclusive",
     "expected true or false, found an integer", val(60, "1"))
case("type-bound-value-string", "a bound value as a string", SCALE + ".bands[2].lower.value",
     "expected a number, found a string", val(66, '"50"'))
case("type-bands-object", "bands as an object", SCALE + ".bands", "expected an array, found an object",
     sub(40, "[", MARK + "{\"b\": ["), sub(74, "]", "]}"))
case("type-budget-string", "a budget as a string", SUB + ".budget", "expected a number, found a string",
     val(165, '"2693549200"'))
case("type-budget-printed-rupiah", "a budget as printed in rupiah", SUB2 + ".budget",
     "expected a number, found a string", val(197, '"Rp 14.620.000,00"'))
case("type-budget-boolean", "a budget as false", SUB + ".budget", "expected a number, found a boolean",
     val(165, "false"))
case("type-budget-null", "a budget as null", SUB + ".budget", "null is not allowed here", val(165, "null"))
case("type-budget-object", "a budget as an object with a currency", SUB + ".budget",
     "expected a number, found an object", val(165, '{"amount": 2693549200, "currency": "IDR"}'))
case("type-spending-array", "spending as an array of quarters", SUB + ".spending",
     "expected a number, found an array", val(166, "[1901659566, 700553189]"))
case("type-quarter-string", "a quarter as a string", SUB + ".spendingByPeriod[0].fromQuarter",
     "expected an integer, found a string", val(169, '"1"'))
case("type-quarter-decimal", "a quarter with a fraction", SUB + ".spendingByPeriod[0].toQuarter",
     "expected an integer, found a decimal number", val(170, "3.5"))
case("type-quarter-roman", "a quarter in roman numerals", SUB + ".spendingByPeriod[1].fromQuarter",
     "expected an integer, found a string", val(174, '"IV"'))
case("type-period-element-number", "a period given as a bare amount", SUB + ".spendingByPeriod[0]",
     "expected an object, found an integer", sub(168, "{", MARK + "1901659566, {"))
case("type-output-string", "an output as a string", SUB + ".output", "expected an object, found a string",
     sub(154, "{", MARK + '"12 bulan", "x": {'))
case("type-quantity-string", "a quantity as printed text", SUB + ".output.target",
     "expected an object, found a string", sub(156, "{", MARK + '"12 bulan", "y": {'))
case("type-amount-string", "a quantity amount as a string", SUB + ".output.actual.amount",
     "expected a number, found a string", val(161, '"12"'))
case("type-physical-progress-percent", "physical progress as printed with %", SUB + ".physicalProgress",
     "expected a number, found a string", val(179, '"100%"'))
case("type-code-number", "a nomenclature code as a number", "$.report.programs[0].code",
     "expected a string, found a decimal number", val(142, "2.07"))
case("type-share-string", "an alignment share as a string with %", LINK1 + ".share",
     "expected a number, found a string", val(217, '"7,5%"'))
case("type-columns-string", "dataset columns as one string", DS + ".columns",
     "expected an array, found a string", sub(227, "[", MARK + '"L, P, L+P", "c": ['))
case("type-column-number", "a column name as a number", DS + ".columns[0]",
     "expected a string, found an integer", sub(228, '"L"', MARK + "1"))
case("type-cells-numbers", "cells as bare numbers", DS + ".rows[0].cells[0]",
     "expected an object, found an integer", sub(236, "{", MARK + "60, {"))
case("type-cell-value-string", "a cell value as a string", DS + ".rows[1].cells[2].value",
     "expected a number, found a string", val(257, '"41"'))
case("type-dataset-year-string", "a dataset year as a string", DS + ".year", "expected an integer, found a string",
     val(226, '"2022"'))
case("type-measure-number", "a measure as a number", PUB + "[0].measure",
     "expected a string, one of INDICATOR_VALUE", val(302, "3"))
case("type-published-value-string", "a published value as its printed text", PUB + "[0].value",
     "expected a number, found a string", val(301, '"52,74"'))
case("type-subject-number", "a subject id as a number", PUB + "[0].subject", "expected a string, found an integer",
     val(303, "1"))
case("type-published-year-decimal", "a published year with a fraction", PUB + "[3].year",
     "expected an integer, found a decimal number", val(331, "2022.25"))

# Numbers that parse but are absurd.
case("number-exponent-huge", "1e999999999 as a budget", SUB + ".budget",
     "number 1E+999999999 is out of range", val(165, "1e999999999"))
case("number-exponent-tiny", "1e-999999999 as spending", SUB + ".spending",
     "number 1E-999999999 is out of range", val(166, "1e-999999999"))
case("number-exponent-overflow", "an exponent beyond the int range", SUB + ".budget",
     "number 1e2147483648 is out of range", val(165, "1e2147483648"))
case("number-exponent-101", "a published value with scale -101", PUB + "[0].value",
     "number 1E+101 is out of range", val(301, "1e101"))
case("number-scale-just-over", "a value with scale 101 written with an exponent", PUB + "[2].value",
     "number 1.5E-100 is out of range", val(319, "1.5e-100"))
case("number-quarter-overflow", "a quarter beyond the int range", SUB + ".spendingByPeriod[0].fromQuarter",
     "number out of range", val(169, "12345678901234567890", past=True))
case("number-negative-zero-year", "a fiscal year of -0", "$.report",
     "fiscalYear must be a year between 1900 and 2200, was 0", REPORT, val(9, "-0"))
case("number-fiscal-year-zero", "fiscal year 0", "$.report", "fiscalYear must be a year between 1900 and 2200, was 0",
     REPORT, val(9, "0"))
case("number-fiscal-year-negative", "a negative fiscal year", "$.report",
     "fiscalYear must be a year between 1900 and 2200, was -2022", REPORT, val(9, "-2022"))
case("number-fiscal-year-future", "fiscal year 3022", "$.report",
     "fiscalYear must be a year between 1900 and 2200, was 3022", REPORT, val(9, "3022"))
case("number-fiscal-year-two-digits", "fiscal year written 22", "$.report",
     "fiscalYear must be a year between 1900 and 2200, was 22", REPORT, val(9, "22"))
case("number-budget-negative", "a negative budget", SUB2, "subActivity '2.a.1'.budget must not be negative",
     brace(194), val(197, "-14620000.00"))
case("number-spending-negative", "negative spending", SUB, "subActivity '1.a.1'.spending must not be negative",
     brace(150), val(166, "-1"))
case("number-progress-negative", "negative physical progress", SUB,
     "subActivity '1.a.1'.physicalProgress is a percentage and must not be negative", brace(150), val(179, "-0.5"))
case("number-period-amount-negative", "a negative amount for quarter 4", SUB + ".spendingByPeriod[1]",
     "spending for quarters 4-4 must not be negative", brace(173), val(176, "-700553189"))
case("number-output-negative", "a negative output target", SUB + ".output.target", "quantity must not be negative",
     brace(156), val(157, "-12"))
case("number-plan-start-year-1800", "a plan starting in 1800", PLAN, "plan.startYear must be a year between 1900 and 2200",
     brace(12), val(15, "1800"))
case("number-plan-ends-before-start", "a plan that ends before it starts", PLAN,
     "plan 'renstra-2017-2022' ends (2016) before it starts (2017)", brace(12), val(16, "2016"))
case("number-target-year-2201", "a target for year 2201", IKU + ".targets[1]",
     "target.year must be a year between 1900 and 2200, was 2201", brace(115), val(116, "2201"))
case("number-input-year-1899", "an input for year 1899", IKU + ".inputs[1]",
     "input 'placed'.year must be a year between 1900 and 2200, was 1899", brace(103), val(105, "1899"))
case("number-published-year-negative", "a published figure for year -1", PUB + "[3]",
     "year must be a year between 1900 and 2200, was -1", brace(323), val(331, "-1"))

# Quarters.
case("quarter-zero", "quarter 0", SUB + ".spendingByPeriod[0]", "quarters must be 1..4, were fromQuarter=0 toQuarter=3",
     brace(168), val(169, "0"))
case("quarter-five", "quarter 5", SUB + ".spendingByPeriod[1]", "quarters must be 1..4, were fromQuarter=4 toQuarter=5",
     brace(173), val(175, "5"))
case("quarter-negative", "quarter -1", SUB + ".spendingByPeriod[0]", "quarters must be 1..4, were fromQuarter=-1",
     brace(168), val(169, "-1"))
case("quarter-reversed", "a span that ends before it starts", SUB + ".spendingByPeriod[0]",
     "toQuarter 1 is before fromQuarter 3", brace(168), val(169, "3"), val(170, "1"))
case("quarter-published-five", "a published figure for quarter 5", PUB + "[3]",
     "quarters must be 1..4, were fromQuarter=4 toQuarter=5", brace(323), val(333, "5"))
case("quarter-published-reversed", "a published span that ends before it starts", PUB + "[3]",
     "toQuarter 3 is before fromQuarter 4", brace(323), val(333, "3"))
case("quarter-published-only-from", "a published figure with fromQuarter only", PUB + "[0]",
     "give both 'fromQuarter' and 'toQuarter'", brace(296), add(303, '"fromQuarter": 1'))
case("quarter-period-spending-without-quarters", "PERIOD_SPENDING without its quarters", PUB + "[3]",
     "PERIOD_SPENDING needs 'fromQuarter' and 'toQuarter'", brace(323), drop(332, 333))

# Shares.
case("share-over-100", "a share of 100.01%", LINK1, "must be in (0, 100], was 100.01", brace(214), val(217, "100.01"))
case("share-1000", "a share of 1000%", LINK1, "must be in (0, 100], was 1000", brace(214), val(217, "1000"))
case("share-zero", "a share of 0%", LINK1, "must be in (0, 100], was 0", brace(214), val(217, "0"))
case("share-negative", "a negative share", LINK1, "must be in (0, 100], was -7.5", brace(214), val(217, "-7.5"))
case("share-fraction-of-one", "a share of 0 written as 0.000", LINK0, "must be in (0, 100], was 0.000",
     brace(210), add(212, '"share": 0.000'))

# Missing required properties.
case("missing-agency", "no agency", "$.report", "missing required property 'agency' of a Report", REPORT,
     drop(4, 5, 6, 7, 8))
case("missing-fiscal-year", "no fiscal year", "$.report", "missing required property 'fiscalYear' of a Report",
     REPORT, drop(9))
case("missing-agency-name", "an agency without its name", "$.report.agency",
     "missing required property 'name' of an Agency", brace(4), drop(5))
case("missing-agency-name-region", "an agency with only its province (region is optional, name is not)", "$.report.agency",
     "missing required property 'name' of an Agency", brace(4), drop(5, 6))
case("missing-plan-id", "a plan without an id", PLAN, "missing required property 'id' of a StrategicPlan",
     brace(12), drop(13))
case("missing-plan-end-year", "a plan without an end year", PLAN, "missing required property 'endYear' of a StrategicPlan",
     brace(12), drop(16))
case("missing-indicator-unit", "an indicator without a unit", IKU, "missing required property 'unit' of an Indicator",
     brace(85), drop(88))
case("missing-indicator-name", "a plan indicator without a name", PLAN_IND,
     "missing required property 'name' of an Indicator", brace(19), drop(21))
case("missing-input-name", "an input without a name", IKU + ".inputs[1]", "missing required property 'name' of an Observation",
     brace(103), drop(104))
case("missing-input-year", "an input without a year", IKU + ".inputs[1]", "missing required property 'year' of an Observation",
     brace(103), drop(105))
case("missing-input-value-and-absence", "an input with neither value nor absence", IKU + ".inputs[1]",
     "needs exactly one of 'value' or 'absence', neither was given", brace(103), drop(106))
case("missing-target-year", "a yearly target without a year", IKU,
     "every yearly target needs a 'year'", brace(85), drop(116))
case("missing-target-kind", "a target with only a year", IKU + ".targets[1]",
     "a target needs exactly one of 'value', 'low'+'high' or 'absence', 0 were given", brace(115), drop(117))
case("missing-range-high", "a range target with low only", IKU + ".planEndTarget",
     "a range target needs both 'low' and 'high'", brace(125), sub(126, '"value"', '"low"'))
case("missing-scale-id", "a stated scale without an id", SCALE, "missing required property 'id' of a GradingScale",
     brace(35), drop(36))
case("missing-band-label", "a band without a label", SCALE + ".bands[2]", "missing required property 'label' of a Band",
     brace(63), drop(64))
case("missing-bound-inclusive", "a bound without its inclusive flag", SCALE + ".bands[0].upper",
     "missing required property 'inclusive' of a Bound", brace(47), drop(49))
case("missing-goal-name", "a goal without a name", "$.report.goals[0]", "missing required property 'name' of a Goal",
     brace(77), drop(79))
case("missing-objective-id", "an objective without an id", "$.report.goals[0].objectives[0]",
     "missing required property 'id' of an Objective", brace(81), drop(82))
case("missing-program-name", "a program without a name", "$.report.programs[1]", "missing required property 'name' of a Program",
     brace(185), drop(187))
case("missing-activity-id", "an activity without an id", "$.report.programs[1].activities[0]",
     "missing required property 'id' of an Activity", brace(190), drop(191))
case("missing-budget", "a sub-activity without a budget", SUB2, "missing required property 'budget' of a SubActivity",
     brace(194), drop(197))
case("missing-period-amount", "a period without an amount", SUB + ".spendingByPeriod[0]",
     "missing required property 'amount' of a PeriodSpending", brace(168), drop(171))
case("missing-output-target", "an output without a target", SUB + ".output", "missing required property 'target' of an Output",
     brace(154), remove(156, 157, 158, 159))
case("missing-quantity-unit", "a quantity without a unit", SUB + ".output.actual", "missing required property 'unit' of a Quantity",
     brace(160), drop(162))
case("missing-link-line", "an alignment link without its line", LINK0, "missing required property 'line' of an AlignmentLink",
     brace(210), drop(212))
case("missing-dataset-title", "a dataset without a title", DS, "missing required property 'title' of a Dataset",
     brace(223), drop(225))
case("missing-row-label", "a dataset row without a label", DS + ".rows[1]", "missing required property 'label' of a DatasetRow",
     brace(247), drop(248))
case("missing-source-column", "an input source without a column", IKU + ".inputs[0].source",
     "missing required property 'column' of a CellRef", brace(97), drop(100))
case("missing-published-printed", "a published figure without its printed text", PUB + "[0]",
     "missing required property 'printed' of a PublishedFigure", brace(296), drop(300))
case("missing-published-measure", "a published figure without a measure", PUB + "[4]",
     "missing required property 'measure' of a PublishedFigure", brace(335), drop(341))
case("missing-published-table", "a published figure without its table", PUB + "[1]",
     "missing required property 'table' of a PublishedFigure", brace(305), drop(306))

# Blank and inconsistent values the model rejects.
case("blank-agency-region", "an empty region", "$.report.agency", "agency.region must not be blank", brace(4), val(6, '""'))
case("blank-goal-id", "a goal id of blanks", "$.report.goals[0]", "goal.id must not be blank", brace(77), val(78, '"   "'))
case("blank-indicator-name", "an indicator name of a tab", IKU, "indicator.name must not be blank", brace(85), val(87, '"\\t"'))
case("blank-formula", "an empty formula id", IKU, "indicator 'IKU1'.formula must not be blank", brace(85), val(90, '""'))
case("blank-code-program", "an empty program code", "$.report.programs[0]", "program '1'.code must not be blank",
     brace(140), val(142, '""'))
case("blank-code-activity", "an activity code of blanks", "$.report.programs[0].activities[0]",
     "activity '1.a'.code must not be blank", brace(145), val(147, '"  "'))
case("blank-code-sub-activity", "an empty sub-activity code", SUB, "subActivity '1.a.1'.code must not be blank",
     brace(150), val(152, '""'))
case("blank-sub-activity-id", "an empty sub-activity id", SUB2, "subActivity.id must not be blank", brace(194), val(195, '""'))
case("blank-input-name", "an input named with a blank", IKU + ".inputs[1]", "input.name must not be blank", brace(103),
     val(104, '" "'))
case("blank-band-label", "an empty band label", SCALE + ".bands[1]", "band.label must not be blank", brace(52), val(53, '""'))
case("blank-scale-id", "an empty scale id", SCALE, "scale.id must not be blank", brace(35), val(36, '""'))
case("blank-alignment-id", "an empty alignment id", "$.report.alignments[0]", "alignment.id must not be blank",
     brace(206), val(207, '""'))
case("blank-dataset-id", "an empty dataset id", DS, "dataset.id must not be blank", brace(223), val(224, '""'))
case("blank-plan-name", "an empty plan name", PLAN, "plan.name must not be blank", brace(12), val(14, '""'))
case("blank-objective-name", "an objective name of line breaks", "$.report.goals[0].objectives[0]",
     "objective.name must not be blank", brace(81), val(83, '"\\n\\n"'))
case("input-value-and-absence", "an input with both a value and an absence", IKU + ".inputs[1]",
     "needs exactly one of 'value' or 'absence', both were given", brace(103), add(106, '"absence": "NOT_REPORTED"'))
case("target-value-and-absence", "a target with a value and an absence", IKU + ".targets[0]",
     "a target needs exactly one of 'value', 'low'+'high' or 'absence', 2 were given", brace(110),
     add(112, '"value": 0'))
case("target-value-and-range", "a target with a value and a range", IKU + ".targets[2]",
     "a target needs exactly one of 'value', 'low'+'high' or 'absence', 2 were given", brace(119),
     add(121, '"low": 60'), add(122, '"high": 70'))
case("target-range-inverted", "a range target with low above high", IKU + ".planEndTarget",
     "range target low 70 is above high 60", brace(125), sub(126, '"value": 65', '"low": 70, "high": 60'))
case("target-empty", "an empty national standard", IKU + ".nationalStandard",
     "a target needs exactly one of 'value', 'low'+'high' or 'absence', 0 were given", brace(128), drop(129, 130))
case("target-duplicate-year", "two targets for 2022", IKU, "indicator 'IKU1' has two targets for year 2022",
     brace(85), val(116, "2022"))
case("input-duplicate-year", "two inputs 'placed' for 2022", IKU, "indicator 'IKU1' has two inputs 'placed' for year 2022",
     brace(85), val(105, "2022"))
case("cell-value-and-absence", "a cell with a value and an absence", DS + ".rows[2].cells[0]",
     "a cell needs exactly one of 'value' or 'absence', both were given", brace(264), add(266, '"value": 0'))
case("cell-empty", "an empty cell object", DS + ".rows[0].cells[1]",
     "a cell needs exactly one of 'value' or 'absence', neither was given", brace(239), drop(240))
case("published-value-and-absence", "a published figure with a value and an absence", PUB + "[1]",
     "a figure cannot have both 'value' and 'absence'", brace(305), add(310, '"value": 0'))

# Grading scales.
case("scale-no-bands", "a stated scale with no bands", SCALE, "scale 'lkjip-tebing-tinggi-2022' has no bands",
     whole("\n".join(BASE_LINES[:39]) + '\n      "bands": []\n' + "\n".join(BASE_LINES[74:])), brace(35))
case("scale-band-inverted", "a band whose lower bound is above its upper bound", SCALE + ".bands[0]",
     "band 'Memuaskan' is empty: lower 100 is not below upper 81", brace(41), val(44, "100"), val(48, "81"))
case("scale-band-point-exclusive", "a band of one point with an exclusive bound", SCALE + ".bands[1]",
     "band 'Sangat Baik' is empty: lower 80 is not below upper 80", brace(52), val(55, "80"), val(56, "false"))
case("scale-band-upper-below-lower", "a band from 65 down to 50", SCALE + ".bands[2]",
     "band 'Cukup Baik' is empty: lower 65 is not below upper 50", brace(63), val(66, "65"), val(70, "50"))

# Unknown properties (and attempts at type information), one per level.
case("unknown-report", "an unknown property of the report", "$.report.notes", "unknown property 'notes'",
     add_unknown(10, "notes"))
case("unknown-report-derived-objectives", "a derived list given as data", "$.report.objectives",
     "unknown property 'objectives'", add_unknown(10, "objectives", "[]"))
case("unknown-report-derived-indicators", "the derived indicator list given as data", "$.report.indicators",
     "unknown property 'indicators'", add_unknown(10, "indicators", "[]"))
case("unknown-report-elements-by-id", "the derived id index given as data", "$.report.elementsById",
     "unknown property 'elementsById'", add_unknown(10, "elementsById", "{}"))
case("unknown-class-in-report", "a Jackson type hint in the report", "$.report['@class']", "unknown property '@class'",
     add_unknown(10, "@class", '"org.lkjip.model.ImmutableReport"'))
case("unknown-type-in-agency", "a type property in the agency", "$.report.agency.type", "unknown property 'type'",
     add_unknown(7, "type", '"java.net.URL"'))
case("unknown-agency-misspelt", "a misspelt property (nama)", "$.report.agency.nama",
     "unknown property 'nama'; allowed here: name, province, region", rename(5, "nama"))
case("unknown-agency-case", "a property in the wrong case (Region)", "$.report.agency.Region",
     "unknown property 'Region'", rename(6, "Region"))
case("unknown-plan", "an unknown property of a plan", PLAN + ".period", "unknown property 'period'",
     add_unknown(16, "period", '"2017-2022"'))
case("unknown-plan-indicator", "an unknown property of a plan indicator", PLAN_IND + ".baseline",
     "unknown property 'baseline'", add_unknown(23, "baseline", "30"))
case("unknown-indicator-value", "an indicator with a value property", IKU + ".value", "unknown property 'value'",
     add_unknown(90, "value", "34.28"))
case("unknown-indicator-target-for", "a method name given as a property", IKU + ".targetFor",
     "unknown property 'targetFor'", add_unknown(90, "targetFor", "65"))
case("unknown-input", "an unknown property of an input", IKU + ".inputs[1].unit", "unknown property 'unit'",
     add_unknown(106, "unit", '"orang"'))
case("unknown-source", "an unknown property of a cell reference", IKU + ".inputs[0].source.sheet",
     "unknown property 'sheet'", add_unknown(100, "sheet", '"Lampiran 3"'))
case("unknown-target-has-range", "the derived range flag on a target", IKU + ".targets[1].hasRange",
     "unknown property 'hasRange'", add_unknown(117, "hasRange", "false"))
case("unknown-target-misspelt", "a target with targetValue", IKU + ".targets[1].targetValue",
     "unknown property 'targetValue'", rename(117, "targetValue"))
case("unknown-scale", "an unknown property of a scale", SCALE + ".version", "unknown property 'version'",
     add_unknown(38, "version", "2014"))
case("unknown-band", "a band with a color", SCALE + ".bands[0].color", "unknown property 'color'",
     add_unknown(42, "color", '"green"'))
case("unknown-bound", "a bound with an operator", SCALE + ".bands[0].lower.op", "unknown property 'op'",
     add_unknown(44, "op", '">="'))
case("unknown-goal", "a goal with a description", "$.report.goals[0].description", "unknown property 'description'",
     add_unknown(79, "description", '"x"'))
case("unknown-objective", "an objective with a weight", "$.report.goals[0].objectives[0].weight",
     "unknown property 'weight'", add_unknown(83, "weight", "1"))
case("unknown-program-budget", "a program with its own budget", "$.report.programs[1].budget",
     "unknown property 'budget'", add_unknown(188, "budget", "14620000"))
case("unknown-activity", "an activity with an outcome", "$.report.programs[1].activities[0].outcome",
     "unknown property 'outcome'", add_unknown(192, "outcome", '"x"'))
case("unknown-sub-activity-currency", "a sub-activity with a currency", SUB2 + ".currency",
     "unknown property 'currency'", add_unknown(198, "currency", '"IDR"'))
case("unknown-sub-activity-anggaran", "the budget under its Indonesian name", SUB2 + ".anggaran",
     "unknown property 'anggaran'", rename(197, "anggaran"))
case("unknown-period", "a period with a quarter property", SUB + ".spendingByPeriod[1].quarter",
     "unknown property 'quarter'", add_unknown(176, "quarter", "4"))
case("unknown-output", "an output with a unit", SUB + ".output.unit", "unknown property 'unit'",
     add_unknown(155, "unit", '"bulan"'))
case("unknown-quantity", "a quantity with a value", SUB + ".output.target.value", "unknown property 'value'",
     add_unknown(158, "value", "12"))
case("unknown-alignment", "an alignment with a year", "$.report.alignments[0].year", "unknown property 'year'",
     add_unknown(208, "year", "2022"))
case("unknown-link-weight", "a link with a weight instead of a share", LINK1 + ".weight",
     "unknown property 'weight'", rename(217, "weight"))
case("unknown-dataset", "a dataset with a unit", DS + ".unit", "unknown property 'unit'",
     add_unknown(226, "unit", '"orang"'))
case("unknown-row", "a dataset row with a total", DS + ".rows[0].total", "unknown property 'total'",
     add_unknown(234, "total", "100"))
case("unknown-cell", "a cell with a unit", DS + ".rows[0].cells[0].unit", "unknown property 'unit'",
     add_unknown(237, "unit", '"orang"'))
case("unknown-published", "a published figure with a page number", PUB + "[0].page", "unknown property 'page'",
     add_unknown(303, "page", "42"))
case("unknown-published-text", "a published figure with text instead of printed", PUB + "[2].text",
     "unknown property 'text'", rename(318, "text"))
case("unknown-empty-name", "a property with an empty name", "$.report.agency['']", "unknown property ''",
     add_unknown(7, "", '"x"'))

# Enum values.
case("enum-polarity-unknown", "polarity UP", IKU + ".polarity", "unknown value 'UP' for Polarity", val(89, '"UP"'))
case("enum-polarity-lower-case", "polarity in lower case", PLAN_IND + ".polarity",
     "unknown value 'positive' for Polarity", val(23, '"positive"'))
case("enum-polarity-indonesian", "polarity in Indonesian", IKU + ".polarity", "unknown value 'NAIK' for Polarity",
     val(89, '"NAIK"'))
case("enum-absence-printed", "an absence as its printed label", IKU + ".targets[0].absence",
     "unknown value 'N/A' for Absence", val(112, '"N/A"'))
case("enum-absence-nihil", "an absence in Indonesian", IKU + ".nationalStandard.absence",
     "unknown value 'Nihil' for Absence", val(129, '"Nihil"'))
case("enum-absence-empty", "an empty absence", DS + ".rows[2].cells[1].absence", "unknown value '' for Absence",
     val(269, '""'))
case("enum-measure-plural", "measure BUDGETS", PUB + "[4].measure", "unknown value 'BUDGETS' for Measure",
     val(341, '"BUDGETS"'))
case("enum-measure-padded", "a measure with a trailing blank", PUB + "[2].measure",
     "unknown value 'SPENDING ' for Measure", val(320, '"SPENDING "'))
case("enum-measure-ordinal", "a measure as its ordinal in a string", PUB + "[0].measure",
     "unknown value '2' for Measure", val(302, '"2"'))

# Duplicate keys, one per level.
case("dup-report-fiscal-year", "fiscalYear twice", "$.report.fiscalYear", "duplicate property 'fiscalYear'", dup(9))
case("dup-report-title", "title twice", "$.report.title", "duplicate property 'title'", dup(10))
case("dup-agency-name", "the agency name twice", "$.report.agency.name", "duplicate property 'name'", dup(5))
case("dup-plan-id", "a plan id twice", PLAN + ".id", "duplicate property 'id'", dup(13))
case("dup-plan-indicator-unit", "a plan indicator unit twice", PLAN_IND + ".unit", "duplicate property 'unit'", dup(22))
case("dup-scale-source", "a scale source twice", SCALE + ".source", "duplicate property 'source'", dup(38))
case("dup-band-label", "a band label twice", SCALE + ".bands[1].label", "duplicate property 'label'", dup(53))
case("dup-bound-value", "a bound value twice", SCALE + ".bands[2].upper.value", "duplicate property 'value'", dup(70))
case("dup-goal-id", "a goal id twice", "$.report.goals[0].id", "duplicate property 'id'", dup(78))
case("dup-objective-name", "an objective name twice", "$.report.goals[0].objectives[0].name", "duplicate property 'name'",
     dup(83))
case("dup-indicator-formula", "an indicator formula twice", IKU + ".formula", "duplicate property 'formula'", dup(90))
case("dup-input-value", "an input value twice (different values)", IKU + ".inputs[1].value",
     "duplicate property 'value'", sub(106, "105", "105,\n                    " + MARK + '"value": 106'))
case("dup-source-row", "a source row twice", IKU + ".inputs[0].source.row", "duplicate property 'row'", dup(99))
case("dup-target-year", "a target year twice", IKU + ".targets[2].year", "duplicate property 'year'", dup(120))
case("dup-standard-printed", "printed twice in a national standard", IKU + ".nationalStandard.printed",
     "duplicate property 'printed'", dup(130))
case("dup-program-code", "a program code twice", "$.report.programs[0].code", "duplicate property 'code'", dup(142))
case("dup-activity-name", "an activity name twice", "$.report.programs[0].activities[0].name",
     "duplicate property 'name'", dup(148))
case("dup-sub-activity-budget", "a budget twice", SUB2 + ".budget", "duplicate property 'budget'", dup(197))
case("dup-period-to-quarter", "toQuarter twice", SUB + ".spendingByPeriod[0].toQuarter", "duplicate property 'toQuarter'",
     dup(170))
case("dup-quantity-amount", "an output amount twice", SUB + ".output.target.amount", "duplicate property 'amount'",
     dup(157))
case("dup-output-indicator", "an output indicator twice", SUB + ".output.indicator", "duplicate property 'indicator'",
     dup(155))
case("dup-alignment-table", "an alignment table twice", "$.report.alignments[0].table", "duplicate property 'table'",
     dup(208))
case("dup-link-share", "a link share twice", LINK1 + ".share", "duplicate property 'share'", dup(217))
case("dup-dataset-year", "a dataset year twice", DS + ".year", "duplicate property 'year'", dup(226))
case("dup-row-label", "a row label twice", DS + ".rows[2].label", "duplicate property 'label'", dup(262))
case("dup-cell-absence", "a cell absence twice", DS + ".rows[2].cells[2].absence", "duplicate property 'absence'",
     dup(273))
case("dup-published-subject", "a published subject twice", PUB + "[2].subject", "duplicate property 'subject'", dup(321))
case("dup-published-quarter", "fromQuarter twice", PUB + "[3].fromQuarter", "duplicate property 'fromQuarter'",
     dup(332))
case("dup-after-object", "agency twice, the second after the first object", "$.report.agency",
     "duplicate property 'agency'", sub(8, "},", "},\n    " + MARK + '"agency": {"name": "X", "region": "Y"},'))

# Duplicate ids and names.
case("id-plan-equals-goal", "a plan and a goal with one id", "$.report", "id 'T1' is used by more than one element",
     REPORT, val(13, '"T1"'))
case("id-program-equals-activity", "a program and an activity with one id", "$.report",
     "id '1' is used by more than one element", REPORT, val(146, '"1"'))
case("id-sub-activities-equal", "two sub-activities with one id", "$.report", "id '1.a.1' is used by more than one element",
     REPORT, val(195, '"1.a.1"'))
case("id-indicator-equals-objective", "an indicator with the id of its objective", "$.report",
     "id 'S1' is used by more than one element", REPORT, val(86, '"S1"'))
case("id-plan-indicator-equals-goal-indicator", "a plan indicator and a goal indicator with one id", "$.report",
     "id 'IKU1' is used by more than one element", REPORT, val(20, '"IKU1"'))
case("id-dataset-equals-alignment", "a dataset with the id of an alignment", "$.report",
     "id 'tabel-13' is used by more than one element", REPORT, val(224, '"tabel-13"'), val(98, '"tabel-13"'))
case("dataset-duplicate-column", "a dataset with a column twice", DS, "dataset 'placements-2022' repeats a column name",
     brace(223), sub(229, '"P"', '"L"'))
case("dataset-no-columns", "a dataset without columns", DS, "dataset 'placements-2022' has no columns",
     whole("\n".join(BASE_LINES[:226]) + '\n        "columns": [],\n        "rows": [],\n'
                       + "\n".join(BASE_LINES[278:])), brace(223))
case("dataset-row-reserved", "a row labelled total", DS, 'row label "total" is reserved or used twice',
     brace(223), val(262, '"total"'))
case("dataset-row-twice", "two rows labelled SMA", DS, 'row label "SMA" is reserved or used twice',
     brace(223), val(248, '"SMA"'))
case("dataset-row-short", "a row with two cells for three columns", DS, 'row "SMA" has 2 cells for 3 columns',
     brace(223), drop(242, 243, 244))
case("dataset-total-long", "a total row with four cells", DS, 'row "Jumlah" has 4 cells for 3 columns',
     brace(223), sub(289, "141", "141\n            },\n            {\n              \"value\": 0"))

# References that do not resolve.
case("ref-link-objective", "a link to an unknown objective", "$.report",
     "alignment 'tabel-13' links unknown objective 'S9'", REPORT, val(211, '"S9"'))
case("ref-link-line", "a link to an unknown budget line", "$.report",
     "alignment 'tabel-13' links unknown budget line '9.z'", REPORT, val(216, '"9.z"'))
case("ref-link-line-is-objective", "a link whose line is an objective", "$.report",
     "alignment 'tabel-13' links unknown budget line 'S1'", REPORT, val(212, '"S1"'))
case("ref-link-objective-is-indicator", "a link whose objective is an indicator", "$.report",
     "alignment 'tabel-13' links unknown objective 'IKU1'", REPORT, val(215, '"IKU1"'))
case("ref-link-objective-is-goal", "a link whose objective is a goal", "$.report",
     "alignment 'tabel-13' links unknown objective 'T1'", REPORT, val(211, '"T1"'))
case("ref-link-twice", "the same line linked to the same objective twice", "$.report",
     "alignment 'tabel-13' links line '2.a.1' to objective 'S1' twice", REPORT, val(216, '"2.a.1"'))
case("ref-link-case", "a link to an id in the wrong case", "$.report",
     "alignment 'tabel-13' links unknown objective 's1'", REPORT, val(211, '"s1"'))
case("ref-source-dataset", "an input from an unknown dataset", "$.report",
     "input 'placed' of indicator 'IKU1' refers to unknown dataset 'placements-2021'", REPORT, val(98, '"placements-2021"'))
case("ref-source-dataset-is-goal", "an input whose dataset is a goal id", "$.report",
     "refers to unknown dataset 'T1'", REPORT, val(98, '"T1"'))
case("ref-source-column", "an input from an unknown column", "$.report",
     "refers to unknown column 'LP' of dataset 'placements-2022'", REPORT, val(100, '"LP"'))
case("ref-source-row", "an input from an unknown row", "$.report",
     "refers to unknown row 'SMK' of dataset 'placements-2022'", REPORT, val(99, '"SMK"'))
case("ref-source-total-missing", "an input from the total row of a dataset without one", "$.report",
     "refers to unknown row 'total' of dataset 'placements-2022'", REPORT, drop(279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292))
case("ref-source-row-label-jumlah", "an input from the total row by its printed label", "$.report",
     "refers to unknown row 'Jumlah'", REPORT, val(99, '"Jumlah"'))
case("ref-published-subject", "a published figure about an unknown indicator", "$.report",
     "refers to unknown subject 'IKU7'", REPORT, val(303, '"IKU7"'))
case("ref-published-subject-blank", "a published figure about an empty subject", "$.report",
     "refers to unknown subject ''", REPORT, val(312, '""'))
case("ref-published-subject-code", "a published figure naming a line by its code", "$.report",
     "refers to unknown subject '2.07.01.2.02.01'", REPORT, val(321, '"2.07.01.2.02.01"'))


# ---- rule sets: rulesets/valid-recommended.json (RuleSets.recommended() as LkjipJson writes it) ----
RULES_BASE = open(os.path.join(HERE, "rulesets", "valid-recommended.json"), encoding="utf-8").read()
RULE_CASES = []


def rule_case(name, why, path, message, *edits, raw=None):
    RULE_CASES.append((name, why, path, message, edits, raw, None))


ROOT = brace(1)
rule_case("version-zero", "version 0", "$", "rule set 'recommended' version must be at least 1, was 0",
          ROOT, val(3, "0"))
rule_case("version-negative", "a negative version", "$", "version must be at least 1, was -3", ROOT, val(3, "-3"))
rule_case("version-string", "the version as a string", "$.version", "expected an integer, found a string",
          val(3, '"1"'))
rule_case("version-decimal", "a version with a fraction", "$.version", "expected an integer, found a decimal number",
          val(3, "1.1"))
rule_case("id-blank", "a blank id", "$", "rule set id must not be blank", ROOT, val(2, '" "'))
rule_case("id-missing", "no id", "$", "missing required property 'id' of a RuleSet", ROOT, drop(2))
rule_case("scale-id-blank", "an empty grading scale id", "$", "rule set 'recommended' names a blank grading scale",
          ROOT, val(27, '""'))
rule_case("scale-id-number", "a grading scale id as a number", "$.gradingScaleId",
          "expected a string, found an integer", val(27, "53"))
rule_case("achievement-missing", "no achievement policy", "$",
          "missing required property 'achievement' of a RuleSet", ROOT, remove(13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25))
rule_case("rounding-scale-negative", "a rounding scale of -5", "$.indicatorValue.rounding",
          "rounding scale must be 0..12, was -5", brace(6), val(7, "-5"))
rule_case("rounding-scale-huge", "a rounding scale of two billion", "$.achievement.rounding.rounding",
          "rounding scale must be 0..12, was 2000000000", brace(18), val(19, "2000000000"))
rule_case("rounding-scale-overflow", "a rounding scale beyond the int range", "$.indicatorValue.rounding.scale",
          "number out of range", val(7, "99999999999", past=True))
rule_case("rounding-mode-unknown", "an unknown rounding mode", "$.indicatorValue.rounding.mode",
          "unknown value 'HALF_SIDEWAYS' for RoundingMode", val(8, '"HALF_SIDEWAYS"'))
rule_case("rounding-mode-lower-case", "a rounding mode in lower case", "$.achievement.rounding.rounding.mode",
          "unknown value 'half_up' for RoundingMode", val(20, '"half_up"'))
rule_case("rounding-mode-number", "a rounding mode as its ordinal", "$.indicatorValue.rounding.mode",
          "expected a string, one of UP, DOWN", val(8, "4"))
rule_case("negative-form-unknown", "an unknown negative-polarity form", "$.achievement.negativeForm",
          "unknown value 'R_OVER_T' for NegativePolarityForm", val(14, '"R_OVER_T"'))
rule_case("zero-target-unknown", "an unknown zero-target policy", "$.achievement.zeroTarget",
          "unknown value 'ZERO' for ZeroTargetPolicy", val(15, '"ZERO"'))
rule_case("flag-string", "a boolean flag as a string", "$.usePublishedActualWhenMissing",
          "expected true or false, found a string", val(26, '"yes"'))
rule_case("flag-number", "roundInputsFirst as 0", "$.indicatorValue.roundInputsFirst",
          "expected true or false, found an integer", val(10, "0"))
rule_case("efficiency-rule-number", "an efficiency rule id as a number", "$.objectiveEfficiency.ruleId",
          "expected a string, found an integer", val(45, "13"))
rule_case("description-null", "a null description", "$.description", "null is not allowed here", val(4, "null"))
rule_case("duplicate-id", "the id twice", "$.id", "duplicate property 'id'", dup(2))
rule_case("duplicate-nested", "a rounding mode twice", "$.indicatorValue.rounding.mode", "duplicate property 'mode'",
          dup(8))
rule_case("class-property", "a Java class name (type information)", "$['@class']", "unknown property '@class'",
          add_unknown(3, "@class", '"java.lang.Runtime"'))
rule_case("misspelt-property", "gradingScale for gradingScaleId", "$.gradingScale", "unknown property 'gradingScale'",
          rename(27, "gradingScale"))
rule_case("top-level-array", "a list of rule sets", "$", "expected an object, found an array", raw=MARK + "[" + RULES_BASE + "]")
rule_case("truncated", "the file stops inside the first property", "$.id", "the document ends too early",
          raw='{\n  "id": "recommended' + MARK)
rule_case("trailing-content", "two rule sets one after the other", "$", "unexpected content after the end",
          raw=RULES_BASE + MARK + RULES_BASE)
rule_case("nan-scale", "NaN as a rounding scale", "$.planProgress.rounding.scale", "'NaN' is not a JSON number",
          sub(68, "2,", "NaN" + MARK + ","))


# ---- writing -----------------------------------------------------------------------------------


def locate(text):
    if OBJECT_MARK in text:
        text = text.replace(MARK, "").replace(OBJECT_MARK, MARK)
    i = text.index(MARK)
    assert MARK not in text[i + 1 :], "two markers"
    before = text[:i].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    return text[:i] + text[i + 1 :], line, column


def write(directory, cases, base_lines):
    for old in glob.glob(os.path.join(directory, "[0-9][0-9][0-9]-*.json")):
        os.remove(old)
    names = set()
    rows = ["# file\twhat is wrong\tpath\tline\tcolumn\tmessage fragment"]
    for number, (name, why, path, message, edits, raw, encode) in enumerate(cases, 1):
        assert name not in names, name
        names.add(name)
        if raw is not None:
            text = raw
        else:
            d = Doc(base_lines)
            for e in edits:
                e(d)
            text = d.text()
        try:
            text, line, column = locate(text)
        except (AssertionError, ValueError) as e:
            raise SystemExit("case %s: %s" % (name, e))
        if raw is None and not text.endswith("\n"):
            text += "\n"
        data = encode(text) if encode else text.encode("utf-8")
        file = "%03d-%s.json" % (number, name)
        with open(os.path.join(directory, file), "wb") as f:
            f.write(data)
        for field in (why, path, message):
            assert "\t" not in field and "\n" not in field, field
        rows.append("\t".join([file, why, path, str(line), str(column), message]))
    with open(os.path.join(directory, "INDEX.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print(len(cases), "cases in", os.path.relpath(directory, HERE))


def main():
    write(HERE, CASES, BASE_LINES)
    write(os.path.join(HERE, "rulesets"), RULE_CASES, RULES_BASE.split("\n"))


if __name__ == "__main__":
    main()
