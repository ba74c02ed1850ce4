package org.ponte.cases.office;

import org.ponte.events.partners.OfficeUpserted;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.platform.messaging.EventHandlers;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The offices as case-service knows them, from OfficeUpserted on the directory topic (kept by referral-service):
 * the prefix each office's case numbers begin with, and whether it still opens cases.
 */
@Component
public class OfficeDirectory {

    private final KnownOffices offices;

    OfficeDirectory(KnownOffices offices) {
        this.offices = offices;
    }

    /** A snapshot replaces the copy only if its revision is newer, so replays and old snapshots change nothing. */
    EventHandlers handlers() {
        return EventHandlers.create().on(OfficeUpserted.class, upserted -> {
            KnownOffice office = offices.findById(upserted.officeId()).orElseGet(KnownOffice::new);
            if (office.officeId == null || office.revision < upserted.revision()) {
                office.officeId = upserted.officeId();
                office.caseNumberPrefix = upserted.caseNumberPrefix();
                office.active = upserted.active();
                office.revision = upserted.revision();
                offices.save(office);
            }
        });
    }

    /**
     * The prefix of the office's case numbers, as the directory gives it. An office the directory has not yet
     * told of (a deployment without a kept directory) numbers its cases by the first three letters of its id.
     */
    public String caseNumberPrefix(String officeId) {
        return offices.findById(officeId).map(office -> office.caseNumberPrefix).orElseGet(() -> {
            String letters = officeId.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
            return letters.length() >= 3 ? letters.substring(0, 3) : (letters + "XXX").substring(0, 3);
        });
    }

    /** Refuses new work at an office the directory marks inactive; its history stays readable. */
    public void requireActive(String officeId) {
        offices.findById(officeId).filter(office -> !office.active).ifPresent(office -> {
            throw new RuleViolated("office-inactive", "officeId", "Office " + officeId + " is closed and opens no new cases.");
        });
    }
}
