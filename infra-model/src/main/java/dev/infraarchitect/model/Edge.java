package dev.infraarchitect.model;

/**
 * One line of traffic from a service to another: a {@code dependsOn} entry (the target must be up before the caller
 * starts) or a {@code talksTo} entry (traffic without start order, e.g. a proxy routing to services it does not wait
 * for). Written as a name, or as {@code {service, port, protocol}} so that policies can open exactly that port.
 *
 * @param service  the service called
 * @param port     the target's container port the traffic uses, or {@code null}: any port the target declares
 * @param protocol what travels on it ({@code http}, {@code grpc}, {@code mqtt}, {@code tcp}, ...), or {@code null}
 *                 when not written
 * @param kind     which field it was written in
 * @param index    its position in that field's list, to locate it ({@link #pointer(String)})
 */
public record Edge(String service, Integer port, String protocol, Kind kind, int index) {

    /** Protocols an edge may name; {@code udp} is carried over UDP, every other one over TCP. */
    public static final java.util.List<String> PROTOCOLS = java.util.List.of("http", "https", "grpc", "mqtt", "amqp",
            "websocket", "tcp", "udp");

    /** Which field an edge was written in. */
    public enum Kind {
        /** {@code dependsOn}: must be up before the caller starts, and the caller talks to it. */
        DEPENDS_ON("dependsOn"),
        /** {@code talksTo}: the caller talks to it without waiting for it. */
        TALKS_TO("talksTo");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** The descriptor field: {@code dependsOn} or {@code talksTo}. */
        public String field() {
            return field;
        }
    }

    /** An edge written as a plain name. */
    public static Edge to(String service, Kind kind, int index) {
        return new Edge(service, null, null, kind, index);
    }

    /** Whether the caller must wait for the target to be up ({@code dependsOn}). */
    public boolean startsFirst() {
        return kind == Kind.DEPENDS_ON;
    }

    /** The transport: {@code udp} for an edge that says so, {@code tcp} otherwise. */
    public String transport() {
        return "udp".equals(protocol) ? "udp" : "tcp";
    }

    /** The JSON pointer of this edge under {@code caller}: {@code /services/CALLER/talksTo/INDEX}. */
    public String pointer(String caller) {
        return SourceMap.pointer("services", caller, kind.field(), index);
    }
}
