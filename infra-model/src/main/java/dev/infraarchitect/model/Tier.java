package dev.infraarchitect.model;

/** An allocation envelope: the services in the tier must fit in its limits together. */
public record Tier(String name, String description, Limits limits) {
}
