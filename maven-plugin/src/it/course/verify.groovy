// The course goal makes the booklet (PDF, ODT, HTML) and the cheat sheets from a course file.
def out = new File(basedir, 'target/overstap-course')
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /Made .+ in \d+ ms: target.overstap-course/
def names = out.list().sort()
assert names.any { it.endsWith('.pdf') && !it.contains('spiekbrieven') } : names
assert names.any { it.endsWith('.odt') } : names
assert names.any { it.endsWith('.html') } : names
assert names.any { it.contains('spiekbrieven') && it.endsWith('.pdf') } : names
def pdf = out.listFiles().find { it.name.endsWith('.pdf') && !it.name.contains('spiekbrieven') }
assert new String(pdf.bytes[0..4] as byte[], 'ISO-8859-1') == '%PDF-'
def html = out.listFiles().find { it.name.endsWith('.html') }.getText('UTF-8')
assert html.contains('Chatten in Element') && html.contains('Element')
return true
