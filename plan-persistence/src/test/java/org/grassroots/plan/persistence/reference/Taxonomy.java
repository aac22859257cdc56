package org.grassroots.plan.persistence.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables of shared/plan/taxonomy.md (a copy of it is a test resource), read section by section. */
final class Taxonomy {

    record Row(String code, List<String> cells) {

        String cell(int index) {
            return cells.get(index);
        }
    }

    private final Map<String, List<Row>> sections = new LinkedHashMap<>();

    static Taxonomy load() throws IOException {
        try (InputStream in = Taxonomy.class.getResourceAsStream("/plan/taxonomy.md")) {
            return new Taxonomy(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private Taxonomy(String markdown) {
        String section = "";
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
            } else if (line.startsWith("| `")) {
                List<String> cells = new ArrayList<>(
                        Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                                .map(String::trim)
                                .toList());
                String code = cells.remove(0).replace("`", "");
                sections.computeIfAbsent(section, key -> new ArrayList<>()).add(new Row(code, cells));
            }
        }
    }

    /** The rows of the first section whose heading starts with the given words. */
    List<Row> section(String headingStart) {
        return sections.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(headingStart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No section " + headingStart))
                .getValue();
    }
}
