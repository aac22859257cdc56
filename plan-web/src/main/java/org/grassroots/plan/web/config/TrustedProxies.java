package org.grassroots.plan.web.config;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Which reverse proxies may tell the portal the client's address and scheme ({@code X-Forwarded-For},
 * {@code X-Forwarded-Proto}): exactly the IP addresses the operator lists in {@code PLAN_TRUSTED_PROXIES}
 * ({@code plan.trusted-proxies}, comma-separated), none by default. Tomcat's own default would trust every private
 * address, so that any client on the internal network could write a false address into the audit log.
 */
public class TrustedProxies implements EnvironmentPostProcessor {

    static final String PROPERTY = "plan.trusted-proxies";
    static final String TOMCAT_INTERNAL_PROXIES = "server.tomcat.remoteip.internal-proxies";

    private static final Pattern IP_ADDRESS =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String listed = environment.getProperty(PROPERTY, "");
        environment
                .getPropertySources()
                .addFirst(
                        new MapPropertySource("planTrustedProxies", Map.of(TOMCAT_INTERNAL_PROXIES, pattern(listed))));
    }

    /** The Tomcat pattern that matches exactly the listed addresses; empty (nobody) for an empty list. */
    static String pattern(String listed) {
        return Arrays.stream(listed.split(","))
                .map(String::trim)
                .filter(address -> !address.isEmpty())
                .map(address -> {
                    if (!IP_ADDRESS.matcher(address).matches()) {
                        throw new IllegalArgumentException(
                                PROPERTY + " lists IP addresses, separated by commas; not an address: " + address);
                    }
                    return Pattern.quote(address);
                })
                .collect(Collectors.joining("|"));
    }
}
