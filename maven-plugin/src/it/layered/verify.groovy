// The shared catalogue jar is the base layer, our folder lies on top: both show in the guide.
def site = new File(basedir, 'target/overstap-site')
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Catalogue: nl.overstap:overstap-catalogue:jar:') : 'the dependency is read as a layer'
assert log =~ /Catalogue: nl\.overstap:overstap-catalogue:jar:[^,]+, then our-catalogue/ : 'in this order'

def ours = new File(site, 'nl/producten/voorbeeld-zaaksysteem/index.html')
assert ours.isFile() : 'the new local product has a page'
assert ours.getText('UTF-8').contains('Open Zaak (gemeente Voorbeeld)') : 'with the overriding alternative'

def overridden = new File(site, 'en/alternatives/open-zaak/index.html').getText('UTF-8')
assert overridden.contains('Our own description of Open Zaak.') : 'the local override replaced the shared entry'

def shared = new File(site, 'nl/producten/zoom/index.html')
assert shared.isFile() : 'entries of the shared catalogue are still there'
assert new File(site, 'nl/alternatieven/jitsi-meet/index.html').isFile()

assert !new File(basedir, 'our-catalogue/categories').exists() : 'nothing was copied from the jar into the project'
return true
