// A consistent report, default configuration: passes, with the four outputs in target/lkjip.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('LKjIP verification passed (failOn=error): 1 report')
assert log.contains('  src/lkjip/dinas-contoh-2022.json: no problems')
assert log.contains('Verdict: target/lkjip/lkjip-verification.txt; SARIF: target/lkjip/lkjip.sarif;'
    + ' JUnit XML: target/lkjip/TEST-lkjip.xml; Code Quality: target/lkjip/lkjip-codequality.json')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[WARNING] src/lkjip')

File out = new File(basedir, 'target/lkjip')
assert new File(out, 'lkjip-verification.txt').getText('UTF-8').contains('Kesimpulan: LULUS')

def sarif = new JsonSlurper().parse(new File(out, 'lkjip.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].artifacts*.location*.uri == ['src/lkjip/dinas-contoh-2022.json']
assert sarif.runs[0].artifacts[0].location.uriBaseId == '%SRCROOT%'
assert sarif.runs[0].results.isEmpty()

def junit = new XmlSlurper().parse(new File(out, 'TEST-lkjip.xml'))
assert junit.name() == 'testsuites'
assert junit.@failures.text() == '0'
assert junit.@tests.text().toInteger() > 0

assert new JsonSlurper().parse(new File(out, 'lkjip-codequality.json')) == []
return true
