// Each module's output, built in parallel, is what its own descriptor gives: its own services and nobody else's,
// and byte for byte what a serial build of the same module writes.
def services = [
    'shop'     : ['shop-web', 'shop-api', 'shop-db'],
    'blog'     : ['blog-site', 'blog-db'],
    'ai-box'   : ['ai-llm', 'ai-chat'],
    'analytics': ['analytics-collector', 'analytics-queue', 'analytics-warehouse'],
]

def filesUnder(File dir) {
    def files = [:] as TreeMap
    dir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
        files[dir.toPath().relativize(f.toPath()).toString().replace('\\', '/')] = f.bytes
    }
    return files
}

def logs = basedir.listFiles().findAll { it.name.startsWith('build') && it.name.endsWith('.log') }*.text.join('\n')
assert logs.contains('thread count of 4')

services.each { module, own ->
    def parallel = new File(basedir, "${module}/target/infra")
    def serial = new File(basedir, "${module}/target/infra-serial")
    assert parallel.isDirectory() : "${module}: no output"
    assert serial.isDirectory() : "${module}: no serial output"

    def parallelFiles = filesUnder(parallel)
    def serialFiles = filesUnder(serial)
    assert parallelFiles.keySet().containsAll(['plan.json', 'infra.sarif', 'docs/architecture.md', 'adr/README.md'])
    assert parallelFiles.keySet().any { it.startsWith('compose/') }
    assert parallelFiles.keySet().any { it.startsWith('terraform/') }
    assert parallelFiles.keySet() == serialFiles.keySet() : "${module}: different files"
    parallelFiles.each { path, bytes ->
        assert Arrays.equals(bytes, serialFiles[path]) : "${module}/${path} differs from the serial build"
    }

    def text = parallelFiles.values().collect { new String(it, 'UTF-8') }.join('\n')
    own.each { assert text.contains(it) : "${module} lacks its service ${it}" }
    (services.values().flatten() - own).each { assert !text.contains(it) : "${module} mentions ${it} of another module" }
}

true
