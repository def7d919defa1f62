package dev.infraarchitect.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5", "0.0.0.0", "255.255.255.255", "fe80::1", "fd00::12", "::1",
        "::ffff:10.0.0.1", "1:2:3:4:5:6:7:8"})
    void literals(String text) {
        assertThat(IpAddresses.isLiteral(text)).isTrue();
        assertThat(IpAddresses.isMalformedIpv4(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "10.0.0", "10.0.0.1.2", "010.0.0.1", "host-gateway", "gpu1.internal",
        "1:2:3:4:5:6:7:8:9", "1::2::3", "fe80::1%eth0", "[::1]", ""})
    void notLiterals(String text) {
        assertThat(IpAddresses.isLiteral(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "10.0.0", "10.0.0.1.2", "10", "999.999.999.999"})
    void numbersAndDotsThatAreNoIpv4Address(String text) {
        assertThat(IpAddresses.isMalformedIpv4(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpu1.internal", "3com.example", "10.0.0.1.example", "fd00::12"})
    void namesAreNotMalformedAddresses(String text) {
        assertThat(IpAddresses.isMalformedIpv4(text)).isFalse();
    }
}
