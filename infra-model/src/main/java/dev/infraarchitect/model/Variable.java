package dev.infraarchitect.model;

/**
 * A variable the descriptor's text may reference as {@code ${NAME}} (see {@link Interpolation}): Compose takes its
 * value from the shell or {@code .env}, Terraform from a variable of the same name. {@code defaultValue} and
 * {@code description} are {@code null} when not written; a secret's default is never written to any artifact.
 */
public record Variable(String name, String defaultValue, boolean required, boolean secret, String description) {
}
