// mvn overstap:help lists the goals; with -Ddetail -Dgoal=build it describes the parameters.
def log = new File(basedir, 'build.log').getText('UTF-8')

for (goal in ['overstap:build', 'overstap:validate', 'overstap:serve', 'overstap:course', 'overstap:inventory', 'overstap:help']) {
    assert log.contains(goal) : "help names ${goal}"
}
assert log.contains('Builds the guide into')
for (parameter in ['outputDirectory', 'baseUrl', 'theme', 'languages', 'catalogues', 'skip', 'archive', 'today']) {
    assert log =~ /(?m)^    ${parameter}\b/ : "help describes ${parameter}"
}
assert log.contains('User property: overstap.languages')
return true
