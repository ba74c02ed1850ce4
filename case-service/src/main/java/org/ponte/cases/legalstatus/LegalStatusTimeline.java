package org.ponte.cases.legalstatus;

import org.ponte.events.cases.DeadlineApproaching;
import org.ponte.events.cases.LegalStatusRecorded;
import org.ponte.events.vocabulary.DeadlineKind;
import org.ponte.platform.domain.RuleViolated;
import org.ponte.platform.outbox.AggregateRoot;
import org.ponte.platform.privacy.PersonalRecord;
import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * A person's legal-status timeline: every entry recorded, none overwritten. The current status is derived: the
 * entry in force today that started last, or, when none is, the one that started last. It also remembers which
 * warnings of the current status's expiry went out, so that a warning step is published once, whatever restarts.
 */
@Processing(holds = "the person's legal-status categories and their validity, document references and notes (sealed)",
        purpose = "following the person's legal status and warning the office before it expires",
        kept = "until the person is erased")
@Document("legal_status_timelines")
public class LegalStatusTimeline extends AggregateRoot implements PersonalRecord {

    @Id
    private String beneficiaryId;
    private String officeId;
    private List<LegalStatusEntry> entries = new ArrayList<>();
    /** The latest end of validity among the entries, so that the deadline check finds timelines by index. */
    @Indexed
    private LocalDate latestValidUntil;
    /** Warnings sent: {@code <entry id>:<days before>}. */
    private Set<String> warned = new HashSet<>();
    private boolean erased;

    LegalStatusTimeline() {
    }

    static LegalStatusTimeline of(String beneficiaryId, String officeId) {
        LegalStatusTimeline timeline = new LegalStatusTimeline();
        timeline.beneficiaryId = beneficiaryId;
        timeline.officeId = officeId;
        return timeline;
    }

    @Override
    public String sealedFor() {
        return beneficiaryId;
    }

    /** Each entry's document reference and note: the person's, sealed with their key in the store. */
    @Override
    public void mapNestedText(BinaryOperator<String> text) {
        entries = new ArrayList<>(entries.stream().map(entry -> new LegalStatusEntry(entry.id(), entry.category(), entry.validFrom(),
                entry.validUntil(), text.apply("LegalStatusEntry.documentReference", entry.documentReference()),
                text.apply("LegalStatusEntry.note", entry.note()), entry.recordedBy(), entry.recordedAt())).toList());
    }

    LegalStatusEntry record(LegalStatusEntry entry, Instant now) {
        if (entry.validUntil() != null && entry.validUntil().isBefore(entry.validFrom())) {
            throw new RuleViolated("ends-before-start", "validUntil", "A status cannot end before it starts.");
        }
        entries.add(entry);
        latestValidUntil = entries.stream().map(LegalStatusEntry::validUntil).filter(day -> day != null)
                .max(Comparator.naturalOrder()).orElse(null);
        publish(new LegalStatusRecorded(entry.id(), beneficiaryId, officeId, entry.category(), entry.validFrom(), entry.validUntil(),
                entry.recordedBy(), now), now);
        return entry;
    }

    public Optional<LegalStatusEntry> current(LocalDate today) {
        Comparator<LegalStatusEntry> byStart = Comparator.comparing(LegalStatusEntry::validFrom).thenComparing(LegalStatusEntry::recordedAt);
        return entries.stream().filter(entry -> entry.inForceOn(today)).max(byStart)
                .or(() -> entries.stream().max(byStart));
    }

    /**
     * Warns of the current status's expiry once per step: of the steps (days before) not yet sent that have come,
     * only the nearest to the end is published, so a status recorded ten days before it ends is warned of at its
     * 15-day step alone. Returns whether it published.
     */
    boolean warnOfExpiry(List<Integer> steps, LocalDate today, String caseId, String caseNumber, Instant now) {
        if (erased) {
            return false;
        }
        Optional<LegalStatusEntry> current = current(today).filter(entry -> entry.validUntil() != null && !entry.validUntil().isBefore(today));
        if (current.isEmpty()) {
            return false;
        }
        LegalStatusEntry entry = current.get();
        int daysLeft = (int) ChronoUnit.DAYS.between(today, entry.validUntil());
        List<Integer> due = steps.stream().filter(step -> daysLeft <= step && !warned.contains(entry.id() + ":" + step)).sorted().toList();
        if (due.isEmpty()) {
            return false;
        }
        due.forEach(step -> warned.add(entry.id() + ":" + step));
        publish(new DeadlineApproaching(entry.id(), DeadlineKind.STATUS_EXPIRY, beneficiaryId, officeId, caseId, caseNumber,
                entry.category(), null, entry.validUntil(), null, due.get(0), daysLeft, now), now);
        return true;
    }

    void erasePersonalText() {
        erased = true;
        entries = new ArrayList<>(entries.stream().map(LegalStatusEntry::withoutPersonalText).toList());
    }

    public String beneficiaryId() {
        return beneficiaryId;
    }

    public String officeId() {
        return officeId;
    }

    /** Newest start first. */
    public List<LegalStatusEntry> history() {
        return entries.stream().sorted(Comparator.comparing(LegalStatusEntry::validFrom).thenComparing(LegalStatusEntry::recordedAt)
                .reversed()).toList();
    }
}
