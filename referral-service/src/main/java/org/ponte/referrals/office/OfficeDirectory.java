package org.ponte.referrals.office;

import org.ponte.platform.domain.Conflict;
import org.ponte.platform.domain.NotFound;
import org.ponte.platform.domain.RuleViolated;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The network's offices: kept by administrators, read by everyone signed in and, through the directory topic, by every service. */
@Service
class OfficeDirectory {

    private final Offices offices;
    private final Clock clock;

    OfficeDirectory(Offices offices, Clock clock) {
        this.offices = offices;
        this.clock = clock;
    }

    Office create(OfficeDetails details, String by) {
        if (details.id() == null) {
            throw new RuleViolated("office-id-required", "id", "An office is created with the id tokens and cases name it by.");
        }
        if (offices.existsById(details.id())) {
            throw new Conflict("duplicate-office", "An office with id " + details.id() + " already exists.");
        }
        requirePrefixFree(details, details.id());
        return offices.save(Office.create(details.id(), details, by, Instant.now(clock)));
    }

    Office update(String id, OfficeDetails details, String by) {
        Office office = find(id);
        requirePrefixFree(details, id);
        office.change(details, by, Instant.now(clock));
        return offices.save(office);
    }

    List<Office> all(boolean includeInactive) {
        return offices.findAll().stream().filter(office -> includeInactive || office.active())
                .sorted(Comparator.comparing(office -> office.details().name())).toList();
    }

    Office find(String id) {
        return offices.findById(id).orElseThrow(() -> new NotFound("Office " + id));
    }

    private void requirePrefixFree(OfficeDetails details, String id) {
        offices.findByCaseNumberPrefix(details.caseNumberPrefix()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new Conflict("case-number-prefix-taken", "Office " + other.id() + " already numbers its cases " + details.caseNumberPrefix() + ".");
        });
    }
}
