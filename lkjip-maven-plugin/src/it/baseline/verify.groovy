// Three builds of one project (invoker.properties), their logs one after another in build.log:
// write a baseline, pass with it, fail with failOn=warning.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> builds = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 3

// 1: the baseline accepts every problem that fails under failOn=error, and the build passes
def wrote = builds[0] =~ /lkjip: wrote \S*lkjip-baseline\.json: (\d+) entries/
assert wrote.find()
int entries = wrote.group(1).toInteger()
assert entries > 0
assert builds[0].contains('LKjIP verification passed (failOn=error, baseline written to lkjip-baseline.json)')
assert builds[0].contains('BUILD SUCCESS')
String accepted = new File(basedir, 'lkjip-baseline.json').getText('UTF-8')
assert accepted.contains('"format": "lkjip-baseline/1"')
assert accepted.count('"fingerprint"') == entries
assert accepted.count('"reason": "accepted on first run"') == entries
assert accepted.contains('src/lkjip/tebing-tinggi-2022.json: MISMATCH figure ')

// 2: with the baseline, the same report passes; every problem is still logged
assert builds[1].contains('LKjIP verification passed (failOn=error, baseline lkjip-baseline.json): 1 report')
assert builds[1].contains('[WARNING] src/lkjip/tebing-tinggi-2022.json:')
assert !builds[1].contains('no longer occur')
assert builds[1].contains('BUILD SUCCESS')

// 3: failOn=warning also counts the WARNING findings and NOT_RECOMPUTABLE figures, which the
// baseline does not accept
assert builds[2].contains('LKjIP verification failed (failOn=warning, baseline lkjip-baseline.json): 1 report')
assert builds[2].contains('BUILD FAILURE')
return true
