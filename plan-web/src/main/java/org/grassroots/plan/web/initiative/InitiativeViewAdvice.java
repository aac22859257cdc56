package org.grassroots.plan.web.initiative;

import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Times on the initiative pages are shown in Japan time, where the plan is run. */
@ControllerAdvice(assignableTypes = {
    InitiativeController.class,
    InitiativeEditController.class,
    InitiativeArchiveController.class
})
class InitiativeViewAdvice {

    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @ModelAttribute("zone")
    ZoneId zone() {
        return ZONE;
    }
}
