package org.grassroots.plan.web.activity;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads the report form's button value ("draft", "submit") as a {@link ReportAction}. */
@Component
class ReportActionConverter implements Converter<String, ReportAction> {

    @Override
    public ReportAction convert(String source) {
        return ReportAction.ofParameter(source);
    }
}
