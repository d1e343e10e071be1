// A broken catalogue fails the build; the log names file, line, column and problem, and nothing is written.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('catalogue/alternatives/element.yaml:10:14: error: unknown product \'microsoft-team\' (did you mean \'microsoft-teams\'?)')
assert log =~ /catalogue\/products\/microsoft-teams\.yaml:5:48: error: .*'USA' is not an ISO 3166-1 alpha-2 country code/
assert log.contains('BUILD FAILURE')
assert log =~ /Failed to execute goal nl\.overstap:overstap-maven-plugin:[^:]+:validate .*: 3 problems in 3 files:/ : 'the failure names the problems, not just "failure"'
assert !new File(basedir, 'target/overstap-site').exists() : 'nothing was written'
return true
