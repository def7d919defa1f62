package dev.infraarchitect.model;

public enum TerraformProvider {
    AWS, DOCKER;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
