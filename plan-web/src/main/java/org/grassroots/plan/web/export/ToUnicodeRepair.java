package org.grassroots.plan.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * Makes copied and extracted Japanese text right. IPAex Gothic draws 月 (U+6708) and the Kangxi radical ⽉ (U+2F49)
 * with one glyph; PDFBox's embedder writes the lowest code point of a shared glyph into the font's ToUnicode map,
 * so a reader copying "月" would get the radical. This rewrites each embedded font's ToUnicode map with every
 * radical (U+2E80–U+2FDF) replaced by its ideograph (NFKC), leaving everything else as it was.
 */
final class ToUnicodeRepair {

    private static final Pattern BLOCK = Pattern.compile("begin(bfchar|bfrange)(.*?)end\\1", Pattern.DOTALL);
    private static final Pattern CHAR = Pattern.compile("<(\\p{XDigit}+)>\\s*<(\\p{XDigit}+)>");
    private static final Pattern RANGE = Pattern.compile("<(\\p{XDigit}+)>\\s*<(\\p{XDigit}+)>\\s*<(\\p{XDigit}+)>");
    private static final int ENTRIES_PER_BLOCK = 100;

    private ToUnicodeRepair() {}

    static byte[] repair(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            boolean changed = false;
            for (var page : document.getPages()) {
                var resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    if (resources.getFont(name) instanceof PDType0Font font
                            && font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream
                            && seen.add(stream)) {
                        changed |= rewrite(stream);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            var out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static boolean rewrite(COSStream stream) throws IOException {
        String cmap;
        try (var in = stream.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        String repaired = repairCMap(cmap);
        if (repaired == null) {
            return false;
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(repaired.getBytes(StandardCharsets.ISO_8859_1));
        }
        return true;
    }

    /** The CMap with radicals replaced, or null when it has none (or a form this does not rewrite). */
    static @Nullable String repairCMap(String cmap) {
        Matcher blocks = BLOCK.matcher(cmap);
        Map<Integer, String> mappings = new TreeMap<>();
        int width = 4;
        int first = -1;
        int last = -1;
        while (blocks.find()) {
            String body = blocks.group(2);
            if (body.contains("[")) {
                return null;
            }
            first = first < 0 ? cmap.lastIndexOf('\n', blocks.start()) + 1 : first;
            last = blocks.end();
            Matcher entry = (blocks.group(1).equals("bfchar") ? CHAR : RANGE).matcher(body);
            while (entry.find()) {
                width = entry.group(1).length();
                int low = Integer.parseInt(entry.group(1), 16);
                if (entry.groupCount() == 2) {
                    mappings.put(low, text(entry.group(2)));
                } else {
                    int high = Integer.parseInt(entry.group(2), 16);
                    String start = text(entry.group(3));
                    for (int code = low; code <= high; code++) {
                        mappings.put(code, shift(start, code - low));
                    }
                }
            }
        }
        boolean changed = false;
        for (var mapping : mappings.entrySet()) {
            String ideograph = ideographs(mapping.getValue());
            if (!ideograph.equals(mapping.getValue())) {
                mapping.setValue(ideograph);
                changed = true;
            }
        }
        return changed ? cmap.substring(0, first) + blocks(mappings, width) + cmap.substring(last) : null;
    }

    private static String blocks(Map<Integer, String> mappings, int width) {
        var out = new StringBuilder();
        var entries = mappings.entrySet().stream().toList();
        for (int i = 0; i < entries.size(); i += ENTRIES_PER_BLOCK) {
            var block = entries.subList(i, Math.min(i + ENTRIES_PER_BLOCK, entries.size()));
            out.append(block.size()).append(" beginbfchar\n");
            for (var e : block) {
                String code = String.format("%0" + width + "X", e.getKey());
                out.append('<')
                        .append(code)
                        .append("> <")
                        .append(hex(e.getValue()))
                        .append(">\n");
            }
            out.append("endbfchar\n");
        }
        return out.toString();
    }

    private static String ideographs(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            out.append(cp >= 0x2E80 && cp <= 0x2FDF ? Normalizer.normalize(ch, Normalizer.Form.NFKC) : ch);
        });
        return out.toString();
    }

    private static String text(String hex) {
        return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_16BE);
    }

    private static String hex(String text) {
        return HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_16BE));
    }

    /** The text whose last UTF-16 unit is {@code offset} higher, as a bfrange destination counts. */
    private static String shift(String start, int offset) {
        char[] units = start.toCharArray();
        units[units.length - 1] += (char) offset;
        return new String(units);
    }
}
