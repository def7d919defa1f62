package dev.infraarchitect.model;

/**
 * A port as written: {@code "CONTAINER"} or {@code "HOST:CONTAINER"}, optionally with {@code /tcp} or {@code /udp}.
 * {@code hostPort} is {@code null} when the port is not published to the outside.
 */
public record Port(Integer hostPort, int containerPort, String protocol) {

    public boolean published() {
        return hostPort != null;
    }

    @Override
    public String toString() {
        String base = hostPort == null ? Integer.toString(containerPort) : hostPort + ":" + containerPort;
        return "tcp".equals(protocol) ? base : base + "/" + protocol;
    }
}
