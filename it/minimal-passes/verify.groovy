def lines = new File(basedir, 'build.log').readLines()

assert lines.contains('[INFO] infra: minimal: 1 service (1 container, 0 managed), 0 hosts, 1 environment (prod)')
assert lines.contains('[INFO] BUILD SUCCESS')
