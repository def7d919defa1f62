package dev.infraarchitect.render.terraform;

/**
 * A service volume as written in the descriptor, {@code [SOURCE:]TARGET[:ro|:rw]}: a named volume, a host path
 * (absolute or relative) or, without source, an anonymous volume.
 */
record VolumeMount(String source, String target, boolean readOnly) {

    static VolumeMount parse(String text) {
        String[] parts = dev.infraarchitect.model.Interpolation.split(text, ':');
        boolean readOnly = false;
        int count = parts.length;
        if (count >= 2 && (parts[count - 1].equals("ro") || parts[count - 1].equals("rw"))) {
            readOnly = parts[count - 1].equals("ro");
            count--;
        }
        if (count == 1) {
            return new VolumeMount(null, parts[0], readOnly);
        }
        return new VolumeMount(parts[0], parts[count - 1], readOnly);
    }

    /** A volume Docker manages by name, rather than a path on the host (a variable is taken to hold a path). */
    boolean named() {
        return source != null && !source.startsWith("/") && !source.startsWith(".") && !source.startsWith("~")
                && !source.startsWith("$");
    }
}
