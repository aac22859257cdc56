package org.grassroots.plan.web.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequential five-class scale (ColorBrewer "Blues", colour-blind safe) over 0…max: class 0 is "none", classes
 * 1–5 split 1…max into equal steps. The CSS classes {@code bin-0} … {@code bin-5} in dashboard.css colour them on
 * screen; {@link #fill} gives the same colours where no style sheet applies (the PDF map).
 */
record ColorScale(long max) {

    static final int CLASSES = 5;

    private static final List<String> FILLS = List.of("#f7f7f7", "#deebf7", "#9ecae1", "#6baed6", "#2171b5", "#08306b");

    static String fill(int bin) {
        return FILLS.get(bin);
    }

    int bin(long value) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.min(CLASSES, Math.max(1, (value * CLASSES + max - 1) / max));
    }

    /** The legend: each class with its lowest and highest value (classes that would be empty are left out). */
    List<Step> legend() {
        var steps = new ArrayList<Step>();
        steps.add(new Step(0, 0, 0));
        long previous = 0;
        for (int bin = 1; bin <= CLASSES && max > 0; bin++) {
            long upper = max * bin / CLASSES;
            if (upper > previous) {
                steps.add(new Step(bin, previous + 1, upper));
                previous = upper;
            }
        }
        return steps;
    }

    record Step(int bin, long from, long to) {}
}
