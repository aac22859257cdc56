package org.grassroots.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message exists in Japanese and in English, and none is empty. */
class I18nPropertiesSyncTests {

    @Test
    void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Map<String, Properties> japanese = load("ja");
        Map<String, Properties> english = load("en");

        assertThat(japanese).isNotEmpty();
        assertThat(english.keySet()).isEqualTo(japanese.keySet());
        for (String bundle : japanese.keySet()) {
            assertThat(english.get(bundle).stringPropertyNames())
                    .as("keys of %s_en vs %s_ja", bundle, bundle)
                    .containsExactlyInAnyOrderElementsOf(japanese.get(bundle).stringPropertyNames());
        }
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String language : new String[] {"ja", "en"}) {
            load(language)
                    .forEach((bundle, properties) -> assertThat(properties.stringPropertyNames())
                            .as("blank messages in %s_%s", bundle, language)
                            .allSatisfy(key ->
                                    assertThat(properties.getProperty(key)).isNotBlank()));
        }
    }

    private static Map<String, Properties> load(String language) throws IOException {
        Resource[] resources =
                new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_" + language + ".properties");
        Map<String, Properties> bundles = new TreeMap<>();
        for (Resource resource : resources) {
            var properties = new Properties();
            try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            String name = resource.getFilename();
            bundles.put(name.substring(0, name.lastIndexOf('_')), properties);
        }
        return bundles.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }
}
