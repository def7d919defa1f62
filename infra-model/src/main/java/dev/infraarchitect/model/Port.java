package dev.infraarchitect.model;

/**
 * A port as written: {@code "CONTAINER"} or {@code "HOST:CONTAINER"}, optionally with {@code /tcp} or {@code /udp}.
 * {@code hostPort} is {@code null} when the port is not published to the outside, or when the host part is an
 * interpolation reference: {@code hostText} is then that reference as written ({@code ${API_PORT:-8080}}), chosen
 * at deploy time; otherwise {@code hostText} is {@code null}.
 */
public record Port(Integer hostPort, int containerPort, String protocol, String hostText) {

    public Port(Integer hostPort, int containerPort, String protocol) {
        this(hostPort, containerPort, protocol, null);
    }

    public boolean published() {
        return hostPort != null || hostText != null;
    }

    /** The host part as written: the number, the reference, or {@code null} when not published. */
    public String host() {
        return hostText != null ? hostText : hostPort == null ? null : hostPort.toString();
    }

    @Override
    public String toString() {
        String base = !published() ? Integer.toString(containerPort) : host() + ":" + containerPort;
        return "tcp".equals(protocol) ? base : base + "/" + protocol;
    }
}
