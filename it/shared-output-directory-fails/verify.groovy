// shop generates into target/infra; blog, configured with the same folder, fails instead of removing shop's files
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def out = new File(basedir, 'target/infra')

assert lines.any { it.startsWith('[INFO] infra: generate: ') && it.contains(' added, ') }
def failure = lines.find { it.startsWith('[ERROR] Failed to execute goal dev.infraarchitect:infra-architect-maven-plugin:') }
assert failure != null
// paths as every message shows them: relative to the failing module
assert failure.endsWith(':generate (default) on project blog: the output directory ../target/infra holds the files'
        + ' generated from ../shop/src/main/infra/infra.yaml, not from src/main/infra/infra.yaml; executions that'
        + ' share one output directory remove each other\'s files, so give each module or execution its own'
        + ' outputDirectory -> [Help 1]')
assert lines.contains('[INFO] BUILD FAILURE')
assert !log.contains('at dev.infraarchitect')
assert !log.contains('Exception in thread')
assert !log.contains('SharedOutputDirectoryException')

// shop's output is whole and still names shop's descriptor; nothing of blog's was written
def manifest = new File(out, '.infra-manifest').text
assert manifest.contains('\ndescriptor ../../shop/src/main/infra/infra.yaml\n')
def listed = manifest.readLines().drop(2).collect { it.substring(it.indexOf(' ') + 1) }
assert listed.any { it.startsWith('compose/') }
listed.each { assert new File(out, it).isFile() : "shop's ${it} was removed" }
def text = listed.collect { new File(out, it).text }.join('\n')
assert text.contains('shop-web')
assert !text.contains('blog-site')

true
