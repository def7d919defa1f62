def lines = new File(basedir, 'build.log').readLines()

assert lines.contains('[INFO] infra: skipped (infra.skip)')
assert !lines.any { it.contains('infra descriptor') }
assert lines.contains('[INFO] BUILD SUCCESS')
assert !new File(basedir, 'target/infra').exists()
