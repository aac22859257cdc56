package org.grassroots.plan.web.operations;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Registers the filters that answer before the database-backed session and Spring Security see a request:
 * over-size bodies (413) and database outages (503). Spring Session's filter runs at
 * {@code Integer.MIN_VALUE + 50}; these run just after the character-encoding filter.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(
            ShellPageRenderer pages,
            @Value("${spring.servlet.multipart.max-file-size}") DataSize maxMultipart,
            @Value("${server.tomcat.max-http-form-post-size}") DataSize maxForm) {
        var registration = new FilterRegistrationBean<>(new RequestBodyFilter(pages, maxMultipart, maxForm));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(ShellPageRenderer pages) {
        var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(pages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
