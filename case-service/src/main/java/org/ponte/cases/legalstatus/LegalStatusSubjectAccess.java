package org.ponte.cases.legalstatus;

import org.ponte.platform.privacy.SubjectAccess;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** The person's legal-status entries and appointments. */
@Component
class LegalStatusSubjectAccess implements SubjectAccess {

    private final LegalStatusTimelines timelines;
    private final Appointments appointments;

    LegalStatusSubjectAccess(LegalStatusTimelines timelines, Appointments appointments) {
        this.timelines = timelines;
        this.appointments = appointments;
    }

    @Override
    public Map<String, Object> holdingsOf(String personId) {
        Map<String, Object> holdings = new LinkedHashMap<>();
        timelines.findById(personId).ifPresent(timeline -> holdings.put("legalStatus", timeline.history()));
        var theirs = appointments.findByBeneficiaryIdOrderByAtDesc(personId);
        if (!theirs.isEmpty()) {
            holdings.put("appointments", theirs.stream().map(LegalStatusViews.AppointmentView::of).toList());
        }
        return holdings;
    }
}
