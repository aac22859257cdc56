package org.grassroots.plan.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser over real HTTP for tests that need Tomcat, not MockMvc: keeps its cookies whichever node (port) it
 * talks to, as a browser behind a load balancer would, and reads the CSRF token from the last page.
 */
final class PortalBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf = "";

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return send(request(port, path).GET());
    }

    HttpResponse<String> postForm(int port, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        var body = new LinkedHashMap<>(fields);
        body.putIfAbsent("_csrf", csrf);
        return postBody(port, path, "application/x-www-form-urlencoded", encode(body));
    }

    HttpResponse<String> postBody(int port, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(request(port, path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> postBytes(int port, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send(request(port, path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    byte[] download(int port, String path) throws IOException, InterruptedException {
        var response = http.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("download of %s", path).isEqualTo(200);
        return response.body();
    }

    /** Sends the body without declaring its length (chunked), as a streaming client may. */
    HttpResponse<String> postChunked(int port, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send(request(port, path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    /** Signs in through the sign-in form of the node at this port. */
    void signIn(int port, String username, String password) throws IOException, InterruptedException {
        get(port, "/login");
        var answer = postForm(port, "/login", Map.of("username", username, "password", password));
        assertThat(answer.statusCode()).as("sign-in answer").isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    String csrf() {
        return csrf;
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(int port, String path) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .timeout(Duration.ofSeconds(120));
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String value = pair.substring(equals + 1);
            if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
                cookies.remove(pair.substring(0, equals));
            } else {
                cookies.put(pair.substring(0, equals), value);
            }
        }
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }
}
