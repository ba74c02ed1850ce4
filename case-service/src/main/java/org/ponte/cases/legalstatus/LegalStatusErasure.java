package org.ponte.cases.legalstatus;

import org.ponte.cases.beneficiary.ErasureListener;
import org.springframework.stereotype.Component;

/** An erased person's document references, notes, purposes and places go; the categories, dates and outcomes stay. */
@Component
class LegalStatusErasure implements ErasureListener {

    private final LegalStatusTimelines timelines;
    private final Appointments appointments;

    LegalStatusErasure(LegalStatusTimelines timelines, Appointments appointments) {
        this.timelines = timelines;
        this.appointments = appointments;
    }

    @Override
    public void erase(String beneficiaryId) {
        timelines.findById(beneficiaryId).ifPresent(timeline -> {
            timeline.erasePersonalText();
            timelines.save(timeline);
        });
        appointments.findByBeneficiaryIdOrderByAtDesc(beneficiaryId).forEach(appointment -> {
            appointment.erasePersonalText();
            appointments.save(appointment);
        });
    }
}
