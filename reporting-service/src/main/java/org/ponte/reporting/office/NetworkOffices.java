package org.ponte.reporting.office;

import org.ponte.events.partners.OfficeUpserted;
import org.ponte.events.vocabulary.Region;
import org.ponte.platform.domain.NotAllowed;
import org.ponte.platform.messaging.EventHandlers;
import org.ponte.platform.security.CurrentUser;
import org.ponte.platform.security.Role;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The network's offices as the directory topic tells of them (OfficeUpserted, kept by referral-service), and which
 * of them each caller may report on: an administrator and a coordinator of the whole network, every office; a
 * regional coordinator, the offices of its region; a manager, its own office.
 */
@Component
public class NetworkOffices {

    private final KnownOffices offices;

    NetworkOffices(KnownOffices offices) {
        this.offices = offices;
    }

    /** A snapshot replaces the copy only if its revision is newer, so replays and old snapshots change nothing. */
    EventHandlers handlers() {
        return EventHandlers.create().on(OfficeUpserted.class, upserted -> {
            Optional<KnownOffice> known = offices.findById(upserted.officeId());
            if (known.isEmpty() || known.get().revision() < upserted.revision()) {
                offices.save(new KnownOffice(upserted.officeId(), upserted.name(), upserted.region(), upserted.active(), upserted.revision()));
            }
        });
    }

    public List<KnownOffice> all() {
        return offices.findAll().stream().sorted(Comparator.comparing(KnownOffice::name)).toList();
    }

    public Map<String, KnownOffice> byId() {
        return offices.findAll().stream().collect(Collectors.toMap(KnownOffice::officeId, Function.identity()));
    }

    /** The offices the caller may see at all. */
    public OfficeSet visibleTo(CurrentUser user) {
        if (user.isAdmin() || (user.has(Role.COORDINATOR) && user.region() == null)) {
            return OfficeSet.everyOffice();
        }
        if (user.has(Role.COORDINATOR)) {
            // A region the network does not have (a provider's typo) covers no office, rather than every one.
            return Arrays.stream(Region.values()).filter(region -> region.name().equals(user.region())).findFirst()
                    .map(this::inRegion).orElse(OfficeSet.of(List.of()));
        }
        if (user.has(Role.MANAGER)) {
            return OfficeSet.of(List.of(user.officeId()));
        }
        throw new NotAllowed("reports are for managers, coordinators and administrators");
    }

    /**
     * The offices a report covers: those named, or those of the region, or with neither every office the caller
     * may see. Naming an office, or a region, outside what the caller may see is refused.
     */
    public OfficeSet select(CurrentUser user, Collection<String> officeIds, Region region) {
        OfficeSet visible = visibleTo(user);
        OfficeSet asked = officeIds != null && !officeIds.isEmpty() ? OfficeSet.of(officeIds)
                : region != null ? inRegion(region) : visible;
        if (region != null && user.has(Role.COORDINATOR) && user.region() != null && !user.region().equals(region.name())) {
            throw new NotAllowed("this region is not yours to coordinate");
        }
        if (!asked.isEveryOffice() && !asked.officeIds().stream().allMatch(visible::contains)) {
            throw new NotAllowed("this belongs to another office");
        }
        if (!asked.isEveryOffice() && officeIds != null && !officeIds.isEmpty() && region != null) {
            Set<String> ofRegion = inRegion(region).officeIds();
            return OfficeSet.of(asked.officeIds().stream().filter(ofRegion::contains).toList());
        }
        return asked;
    }

    private OfficeSet inRegion(Region region) {
        return OfficeSet.of(offices.findAll().stream().filter(office -> office.region() == region).map(KnownOffice::officeId).toList());
    }
}
