package org.grassroots.plan.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: every {@code /api/v1} endpoint, the bearer-token scheme, and the
 * problem responses each endpoint can give. Both it and the Swagger UI are for signed-in portal users only.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerToken";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Grassroots Plan Portal API")
                        .version("v1")
                        .description("Initiatives, activity reports, reference data and summaries of Action Plan"
                                + " 4.0. Authenticate with a personal access token that an administrator issues"
                                + " (Authorization: Bearer <token>). Errors are RFC 9457 problem details in the"
                                + " language of Accept-Language (ja or en)."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal access token (gpp_…) issued under /admin/tokens")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Adds the problem answers to every operation: 401 and 403 everywhere, and those of its method. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        var responses = operation.getResponses();
                        responses.addApiResponse("401", problem("No, unknown, revoked or expired token"));
                        responses.addApiResponse("403", problem("The token's scope or the user's role or mission"));
                        if (path.contains("{")) {
                            responses.addApiResponse("404", problem("Not found"));
                        }
                        if (method.name().equals("POST") || method.name().equals("PUT")) {
                            responses.addApiResponse("400", problem("Unreadable JSON"));
                            responses.addApiResponse("409", problem("Changed meanwhile (version) or not allowed now"));
                            responses.addApiResponse("415", problem("Not application/json"));
                            responses.addApiResponse("422", problem("Invalid fields, listed in errors"));
                        }
                    }));
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        var fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("code", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details; errors only for 422")
                .properties(Map.of(
                        "type",
                        new StringSchema().format("uri"),
                        "title",
                        new StringSchema(),
                        "status",
                        new IntegerSchema(),
                        "detail",
                        new StringSchema(),
                        "instance",
                        new StringSchema().format("uri"),
                        "errors",
                        new ArraySchema().items(fieldError)));
    }
}
