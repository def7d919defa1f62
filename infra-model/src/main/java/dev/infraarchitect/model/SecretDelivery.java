package dev.infraarchitect.model;

import java.util.Locale;

/**
 * How a service receives its {@code secrets}; the same in every generator. The value always comes from the
 * deployer's environment (or secret store), never from the descriptor.
 */
public enum SecretDelivery {
    /** Default: each secret {@code NAME} is the environment variable {@code NAME}. */
    ENV,
    /**
     * Each secret is a file {@code /run/secrets/NAME}, and the environment variable {@code NAME_FILE} holds that
     * path (the convention of the official postgres, mysql and mariadb images).
     */
    FILE;

    /** Where a secret delivered as a file is mounted. */
    public static final String FILE_DIRECTORY = "/run/secrets/";

    /** As written in the descriptor: {@code env} or {@code file}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The path of secret {@code name} delivered as a file. */
    public static String filePath(String name) {
        return FILE_DIRECTORY + name;
    }

    /** The variable that names the file of secret {@code name}: {@code NAME_FILE}. */
    public static String fileVariable(String name) {
        return name + "_FILE";
    }
}
