// The seed report as JSON and as a workbook, default failOn=error: the build fails, naming both
// reports with their counts, and the SARIF log, JUnit XML and Code Quality report are written for the CI to pick up.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
String counts = 'figures: 15 MISMATCH, 5 MATCH_WITH_OTHER_ROUNDING, 9 NOT_RECOMPUTABLE;' +
    ' findings: 23 ERROR, 26 WARNING, 1 INFO'
assert log.contains('LKjIP verification failed (failOn=error): 2 reports')
assert log.contains('  src/lkjip/tebing-tinggi-2022.json: ' + counts)
assert log.contains('  src/lkjip/tebing-tinggi-2022.xlsx: ' + counts)
assert log.contains('BUILD FAILURE')
// one line per problem, located: JSON by line and column, the workbook by cell
assert log =~ /\[WARNING\] src\/lkjip\/tebing-tinggi-2022\.json:\d+:\d+: error figure\/mismatch: Tabel /
assert log =~ /\[WARNING\] src\/lkjip\/tebing-tinggi-2022\.xlsx \('Angka Terbit'!D\d+\): error figure\/mismatch: /
// POI runs inside Maven: no "Log4j API could not find a logging provider" or other noise
assert !log.contains('Log4j')

File out = new File(basedir, 'target/lkjip')
assert new File(out, 'lkjip-verification.txt').getText('UTF-8').contains('Kesimpulan: TIDAK LULUS')
def sarif = new JsonSlurper().parse(new File(out, 'lkjip.sarif'))
assert sarif.runs[0].artifacts*.location*.uri ==
    ['src/lkjip/tebing-tinggi-2022.json', 'src/lkjip/tebing-tinggi-2022.xlsx']
assert sarif.runs[0].results.count { it.ruleId == 'figure/mismatch' } == 30

def junit = new XmlSlurper().parse(new File(out, 'TEST-lkjip.xml'))
assert junit.@failures.text().toInteger() > 0
assert junit.testsuite.find { it.@name.text() == 'src/lkjip/tebing-tinggi-2022.xlsx — consistency checks' }

def codeQuality = new JsonSlurper().parse(new File(out, 'lkjip-codequality.json'))
assert codeQuality.size() == sarif.runs[0].results.size()
assert codeQuality*.location*.path.toSet() ==
    ['src/lkjip/tebing-tinggi-2022.json', 'src/lkjip/tebing-tinggi-2022.xlsx'].toSet()
return true
