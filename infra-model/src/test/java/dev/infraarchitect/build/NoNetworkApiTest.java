package dev.infraarchitect.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The no-network promise on every JDK: {@link NoNetworkTest} watches a whole build under a security manager, which
 * JDK 24 and later no longer have; this check needs none. No class of the plugin's library refers to an API that
 * opens a connection or resolves a host name: sockets, channels, URL connections, the HTTP client, address lookup.
 * A class file names every class and method it uses in its constant pool, so a reference cannot hide.
 */
class NoNetworkApiTest {

    private static final List<String> NETWORK_APIS = List.of("java/net/Socket", "java/net/ServerSocket",
            "java/net/DatagramSocket", "java/net/URLConnection", "java/net/HttpURLConnection", "java/net/InetAddress",
            "java/net/InetSocketAddress", "java/net/http/", "java/nio/channels/SocketChannel",
            "java/nio/channels/ServerSocketChannel", "java/nio/channels/DatagramChannel", "openConnection",
            "openStream", "javax/net/");

    @Test
    void noClassOfTheLibraryRefersToANetworkApi() throws IOException, URISyntaxException {
        Path classes = Path.of(InfraBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                scanned++;
                // constant pool strings are modified UTF-8; ASCII names read the same in ISO-8859-1
                String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String api : NETWORK_APIS) {
                    if (pool.contains(api)) {
                        found.add(classes.relativize(file) + " refers to " + api);
                    }
                }
            }
        }
        assertThat(scanned).as("classes scanned").isGreaterThan(100);
        assertThat(found).isEmpty();
    }
}
