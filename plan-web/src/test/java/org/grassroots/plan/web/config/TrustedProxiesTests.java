package org.grassroots.plan.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The operator's list of proxies becomes a Tomcat pattern that matches exactly those addresses. */
class TrustedProxiesTests {

    @Test
    void noProxyIsTrustedByDefault() {
        assertThat(TrustedProxies.pattern("")).isEmpty();
        assertThat(TrustedProxies.pattern(" , ")).isEmpty();
    }

    @Test
    void exactlyTheListedAddressesAreTrusted() {
        var trusted = Pattern.compile(TrustedProxies.pattern("172.28.0.10, 10.0.0.5,::1"));
        assertThat(trusted.matcher("172.28.0.10").matches()).isTrue();
        assertThat(trusted.matcher("10.0.0.5").matches()).isTrue();
        assertThat(trusted.matcher("::1").matches()).isTrue();
        assertThat(trusted.matcher("10.0.0.50").matches()).isFalse();
        assertThat(trusted.matcher("172.28.0.1").matches()).isFalse();
        assertThat(trusted.matcher("192.168.1.1").matches()).isFalse();
        assertThat(trusted.matcher("172x28x0x10").matches()).isFalse();
    }

    @Test
    void aNameOrARangeIsRefused() {
        assertThatThrownBy(() -> TrustedProxies.pattern("nginx")).hasMessageContaining("not an address: nginx");
        assertThatThrownBy(() -> TrustedProxies.pattern("10.0.0.0/8")).hasMessageContaining("10.0.0.0/8");
    }
}
