// The inventory goal turns a semicolon-separated CSV with Dutch headers into the private report.
def out = new File(basedir, 'target/overstap-report')
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /Made the report of 3 applications \(\d+ files\) in \d+ ms: target.overstap-report/
assert log =~ /Not matched to the catalogue: \S*landschap.csv:4:1: Eigen urenregistratie/ : log
assert out.list().sort() == ['.overstap-site', 'index.html', 'rapport.odt', 'rapport.pdf', 'report.css']
def html = new File(out, 'index.html').getText('UTF-8')
assert html.contains('Gemeente Proefdorp (fictief)')
assert html.contains('Microsoft Teams') && html.contains('Keycloak')
assert new String(new File(out, 'rapport.pdf').bytes[0..4] as byte[], 'ISO-8859-1') == '%PDF-'
return true
