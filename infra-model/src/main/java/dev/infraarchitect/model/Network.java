package dev.infraarchitect.model;

/** A network; {@code internal} networks have no route to or from outside the system. */
public record Network(String name, String description, boolean internal) {
}
