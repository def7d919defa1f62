package dev.infraarchitect.model;

import java.util.Locale;

/** What the runtime does when a container stops: Docker's restart policies, named as Compose names them. */
public enum Restart {
    NO, ALWAYS, ON_FAILURE, UNLESS_STOPPED;

    /** The descriptor's and Compose's spelling: {@code no}, {@code always}, {@code on-failure}, {@code unless-stopped}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Restart of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
