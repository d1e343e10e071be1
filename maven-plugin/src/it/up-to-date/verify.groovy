// Five builds: the first builds, the second finds nothing changed and skips, a changed parameter
// builds again, so does leaving out the documents, and -Doverstap.skip skips both goals.
def log = new File(basedir, 'build.log').getText('UTF-8')
def outcomes = log.readLines().findAll {
    it.contains('Built ') || it.contains('The guide is up to date') || it.contains('Skipping the Overstap guide')
}.collect { it.contains('Built ') ? 'built' : it.contains('up to date') ? 'up to date' : 'skipped' }

assert outcomes == ['built', 'up to date', 'built', 'built', 'skipped'] : outcomes
assert log.contains('The guide is up to date, nothing changed since it was built: target/overstap-site')
// The rebuild for the new base URL takes every PDF and ODT from the first build's output.
def built = log.readLines().findAll { it.contains('Built ') }.collect {
    def m = it =~ /and (\d+) documents \((\d+) unchanged\)/
    assert m.find() : it
    [m.group(1) as int, m.group(2) as int]
}
assert built[0][0] > 0 && built[0][1] == 0 : built
assert built[1][0] == built[0][0] && built[1][1] == built[1][0] : built
// With overstap.downloads=false there are no documents, and no page links one.
assert built[2] == [0, 0] : built
def site = new File(basedir, 'target/overstap-site')
def left = []
site.eachFileRecurse { if (it.name.endsWith('.pdf') || it.name.endsWith('.odt')) left << it }
assert left.isEmpty() : left
assert !new File(site, 'nl/training/element-basics/index.html').getText('UTF-8').contains('.pdf')
assert log.contains('Skipping Overstap validation (overstap.skip)')

def sitemap = new File(basedir, 'target/overstap-site/sitemap.xml').getText('UTF-8')
assert sitemap.contains('<loc>https://gids.example.org/nl/index.html</loc>') : 'the third build used the new base URL'
return true
