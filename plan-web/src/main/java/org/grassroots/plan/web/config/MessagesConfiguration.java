package org.grassroots.plan.web.config;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The message source of the whole UI from the bundles named by {@code spring.messages.basename} (UTF-8, no
 * fallback to the machine's locale, a missing key is an error); it takes the place of Boot's so that formatting
 * does not serialise requests ({@link UnsharedFormatMessageSource}).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
        var source = new UnsharedFormatMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }
}
