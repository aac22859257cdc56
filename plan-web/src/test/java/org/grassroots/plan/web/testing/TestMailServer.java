package org.grassroots.plan.web.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One SMTP server (GreenMail) for the whole test run, and the mail settings that point every portal the tests
 * start at it, so the reminder mailer and its daily job run with their real wiring in the shared context. The
 * settings are the environment variables of the operator's guide ({@code PLAN_MAIL_HOST}, ...) with the lowest
 * precedence, so a test that starts the portal without mail sets {@code PLAN_MAIL_HOST=}.
 */
public class TestMailServer implements EnvironmentPostProcessor {

    public static final String FROM = "portal@example.org";
    public static final String BASE_URL = "https://plan.example.org/";

    private static GreenMail server;

    /** The messages the server has received in this test run, from every test. */
    public static MimeMessage[] received() {
        return start().getReceivedMessages();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        int port = start().getSmtp().getPort();
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "planTestMailServer",
                        Map.of(
                                "PLAN_MAIL_HOST",
                                "127.0.0.1",
                                "PLAN_MAIL_PORT",
                                String.valueOf(port),
                                "PLAN_MAIL_FROM",
                                FROM,
                                "PLAN_BASE_URL",
                                BASE_URL)));
    }

    private static synchronized GreenMail start() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }
}
