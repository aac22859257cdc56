package org.grassroots.plan.web.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.grassroots.plan.persistence.dashboard.PlaceRow;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The choropleth map of the 50 states and DC (Census boundaries via us-atlas, Albers USA, converted once by
 * {@code tools/map/build-us-map.mjs} into {@code map/us-states.tsv}), with the territories as tiles beside it.
 */
@Component
public class UsMap {

    private final List<Outline> outlines;

    UsMap() {
        this.outlines = read();
    }

    /** The map coloured by the values (missing = 0), every place linked by {@code href(code)}. */
    ChoroplethView render(
            List<PlaceRow> places, Map<String, Long> values, Function<String, String> href, Locale locale) {
        long max = places.stream()
                .mapToLong(place -> values.getOrDefault(place.code(), 0L))
                .max()
                .orElse(0);
        var scale = new ColorScale(max);
        var names = new java.util.HashMap<String, String>();
        places.forEach(place -> names.put(place.code(), place.label(locale)));
        var shapes = new ArrayList<Shape>();
        for (var outline : outlines) {
            long value = values.getOrDefault(outline.code(), 0L);
            shapes.add(new Shape(
                    outline.code(),
                    names.getOrDefault(outline.code(), outline.code()),
                    outline.path(),
                    outline.labelX(),
                    outline.labelY(),
                    value,
                    scale.bin(value),
                    href.apply(outline.code())));
        }
        var tiles = places.stream()
                .filter(place -> !place.isStateOrDistrict())
                .map(place -> {
                    long value = values.getOrDefault(place.code(), 0L);
                    return new Shape(
                            place.code(),
                            place.label(locale),
                            "",
                            0,
                            0,
                            value,
                            scale.bin(value),
                            href.apply(place.code()));
                })
                .toList();
        var rows = places.stream()
                .map(place -> {
                    long value = values.getOrDefault(place.code(), 0L);
                    return new Shape(
                            place.code(),
                            place.label(locale),
                            "",
                            0,
                            0,
                            value,
                            scale.bin(value),
                            href.apply(place.code()));
                })
                .toList();
        return new ChoroplethView(shapes, tiles, rows, scale.legend());
    }

    /**
     * The map for print (the PDF progress summary): every drawn state filled with its class's colour, no links;
     * the legend of the same scale. The table of figures stays beside it in the document.
     */
    public PrintedMap print(Map<String, Long> values) {
        var scale = new ColorScale(
                values.values().stream().mapToLong(Long::longValue).max().orElse(0));
        var shapes = outlines.stream()
                .map(outline -> new PrintedShape(
                        outline.path(), ColorScale.fill(scale.bin(values.getOrDefault(outline.code(), 0L)))))
                .toList();
        var legend = scale.legend().stream()
                .map(step -> new PrintedStep(ColorScale.fill(step.bin()), step.from(), step.to()))
                .toList();
        return new PrintedMap(shapes, legend);
    }

    private static List<Outline> read() {
        var result = new ArrayList<Outline>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("map/us-states.tsv").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 4);
                result.add(new Outline(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("map/us-states.tsv is missing from the application", e);
        }
        return List.copyOf(result);
    }

    private record Outline(String code, int labelX, int labelY, String path) {}

    /** A state on the map, a territory tile or a table row: name, value, colour class and link. */
    record Shape(String code, String name, String path, int labelX, int labelY, long value, int bin, String href) {}

    /** A state's outline and its fill colour. */
    public record PrintedShape(String path, String fill) {}

    /** A class of the legend: its colour and the lowest and highest value it holds (0–0 = none). */
    public record PrintedStep(String fill, long from, long to) {}

    /** The printed map: the outlines of the states and DC in the viewBox 0 0 975 610, and its legend. */
    public record PrintedMap(List<PrintedShape> shapes, List<PrintedStep> legend) {}

    /** The drawn map (states and DC), the territory tiles, the table rows of every place, the legend. */
    record ChoroplethView(List<Shape> shapes, List<Shape> tiles, List<Shape> rows, List<ColorScale.Step> legend) {}
}
