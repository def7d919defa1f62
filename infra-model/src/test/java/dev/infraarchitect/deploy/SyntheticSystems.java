package dev.infraarchitect.deploy;

import java.util.List;

/** Systems written for the deploy checks: the shapes the examples do not have. */
final class SyntheticSystems {

    private SyntheticSystems() {
    }

    static List<DeployedSystem> all() {
        return List.of();
    }
}
