package dev.infraarchitect.analysis.advice;

import dev.infraarchitect.analysis.Finding;
import dev.infraarchitect.model.Backup;
import dev.infraarchitect.model.Quantities;
import dev.infraarchitect.model.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A backup interval longer than {@code objectives.rpo} without point-in-time recovery. Between two backups up to a
 * whole interval of data is lost, so the recovery point objective cannot be met; continuous (point-in-time) backups
 * meet any objective.
 */
public final class BackupExceedsRpo implements AdviceRule {

    @Override
    public String id() {
        return "backup-exceeds-rpo";
    }

    @Override
    public String description() {
        return "a backup interval is longer than objectives.rpo and the backup is not point-in-time";
    }

    @Override
    public List<Finding> check(AdviceContext context) {
        Duration rpo = context.descriptor().objectives().rpo();
        List<Finding> findings = new ArrayList<>();
        if (rpo == null) {
            return findings;
        }
        for (Service service : context.descriptor().services().values()) {
            Backup backup = service.backup();
            if (backup != null && !backup.pointInTime() && backup.interval() != null
                    && backup.interval().compareTo(rpo) > 0) {
                findings.add(context.finding(this, "service " + service.name() + " is backed up every "
                        + Quantities.formatDuration(backup.interval()) + ", longer than objectives.rpo "
                        + Quantities.formatDuration(rpo) + "; back up more often or use pointInTime: true",
                        List.of(service.name()), "services", service.name(), "backup", "interval"));
            }
        }
        return findings;
    }

    @Override
    public String toString() {
        return id();
    }
}
