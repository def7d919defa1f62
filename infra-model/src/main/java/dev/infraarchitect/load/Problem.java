package dev.infraarchitect.load;

import dev.infraarchitect.model.Location;

/** One thing wrong with a descriptor's text, where it starts, and (in the message) how to fix it. */
public record Problem(Location location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
