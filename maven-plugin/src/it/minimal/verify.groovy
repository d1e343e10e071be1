// The README's minimal project: the bundled catalogue into target/overstap-site, in both languages.
def site = new File(basedir, 'target/overstap-site')
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Catalogue: the one bundled with the plugin')
assert log =~ /No problems: \d+ entries in \d+ files/ : 'validate ran first'
assert log =~ /Built \d+ pages \(nl \d+, en \d+\) and [1-9]\d* documents \(0 unchanged\), \d+ files in \d+ ms: target.overstap-site/

for (page in ['index.html', '404.html', 'sitemap.xml', 'robots.txt', 'assets/site.css', 'data/catalogue.json',
              'nl/index.html', 'en/index.html', 'nl/producten/microsoft-teams/index.html',
              'en/products/microsoft-teams/index.html', 'nl/noodplan/index.html', 'en/continuity/index.html',
              'nl/over/index.html', 'en/accessibility/index.html', 'nl/feed.xml', 'en/feed.xml']) {
    assert new File(site, page).isFile() : "missing ${page}"
}
def teams = new File(site, 'nl/producten/microsoft-teams/index.html').getText('UTF-8')
assert teams.contains('<html lang="nl">') && teams.contains('Microsoft Teams')
return true
