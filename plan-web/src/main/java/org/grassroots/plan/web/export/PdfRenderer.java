package org.grassroots.plan.web.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (well-formed XHTML) to PDF with openhtmltopdf, with the IPAex Gothic TrueType font
 * shipped inside the application embedded (subset), so Japanese text shows and can be copied on any machine. Inline
 * SVG (the map) is drawn as vector graphics by Batik.
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "IPAexGothic";
    private static final String FONT = "fonts/ipaexg.ttf";

    private final ITemplateEngine templates;
    private volatile byte[] font;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Locale locale, Map<String, Object> variables) {
        String html = templates.process(template, new Context(locale, variables));
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            byte[] fontBytes = font();
            builder.useFont(() -> new ByteArrayInputStream(fontBytes), FONT_FAMILY);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return ToUnicodeRepair.repair(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] font() throws IOException {
        byte[] loaded = font;
        if (loaded == null) {
            try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
                loaded = in.readAllBytes();
            }
            font = loaded;
        }
        return loaded;
    }
}
