package dev.infraarchitect.model;

import java.util.SortedMap;

/**
 * How to shape the Terraform skeleton. {@code provider} is always set: when the descriptor does not name one it is
 * {@code docker} for a descriptor with hosts and {@code aws} otherwise. {@code region} may be {@code null}.
 * {@code backend} is {@code null} without remote state; otherwise its {@code type} and other settings.
 */
public record TerraformConfig(TerraformProvider provider, boolean providerExplicit, String region, Backend backend) {

    public record Backend(String type, SortedMap<String, String> settings) {
    }
}
