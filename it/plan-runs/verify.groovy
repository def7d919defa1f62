def lines = new File(basedir, 'build.log').readLines()

assert lines.any { it ==~ /\[INFO\] --- (infra-architect-maven-plugin|infra):[^ ]+:plan \(default-cli\) @ plan-runs ---/ }
assert lines.contains('[INFO] infra: planned: 2 services (1 container, 1 managed), 1 host, 2 environments (dev, prod)')
assert lines.contains('[INFO] BUILD SUCCESS')
