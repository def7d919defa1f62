package dev.infraarchitect.model;

/** A value that does not have the form its type requires; the message says what was expected. */
public final class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
