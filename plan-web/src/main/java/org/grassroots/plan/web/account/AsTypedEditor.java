package org.grassroots.plan.web.account;

import java.beans.PropertyEditorSupport;

/** Binds text exactly as typed, except that an empty field becomes null (so that @NotBlank reports it). */
class AsTypedEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        setValue(text == null || text.isEmpty() ? null : text);
    }
}
