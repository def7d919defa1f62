package dev.infraarchitect.model;

/**
 * A named volume declared in the top-level {@code volumes} section: {@code external} when it exists already and
 * the runtime must neither create nor rename it, and {@code realName} (or {@code null}) when its name on the host
 * differs from the name the services use.
 */
public record VolumeDeclaration(String name, boolean external, String realName) {
}
