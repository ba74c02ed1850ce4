package org.ponte.cases.mentoring;

import org.ponte.platform.domain.RuleViolated;
import org.ponte.cases.casework.Case;
import org.ponte.cases.casework.CaseRules;
import org.ponte.events.cases.MentoringParticipant;
import org.ponte.events.cases.MentoringSessionHeld;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.MentoringKind;
import org.ponte.platform.outbox.AggregateRoot;
import org.ponte.platform.privacy.PersonalRecord;
import org.ponte.platform.privacy.Sealed;
import org.ponte.platform.privacy.Processing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** A mentoring session (mentoria) of one office with one person or a small group, each through an open case. */
@Processing(holds = "the participants' ids, when, area, duration and topic (sealed)",
        purpose = "mentoring, and the plan's anonymous counts",
        kept = "the topic until the person is erased (a group's, while the session is kept); the facts stay")
@Document("mentoring_sessions")
class MentoringSession extends AggregateRoot implements PersonalRecord {

    static final int MAX_GROUP_SIZE = 30;

    @Id
    private String id;
    private String officeId;
    private MentoringKind kind;
    private List<MentoringParticipant> participants;
    private InterventionArea area;
    private Instant occurredAt;
    private int durationMinutes;
    @Sealed
    private String topic;
    private String mentorId;
    private Instant recordedAt;

    /**
     * An individual session's topic is its person's, and goes with their key; a group's is the group's, under a key of
     * the session's own (one participant's erasure does not take the others' session from them).
     */
    @Override
    public String sealedFor() {
        return participants != null && participants.size() == 1 ? participants.get(0).beneficiaryId() : "mentoring-session:" + id;
    }

    MentoringSession() {
    }

    /** Holds a session on open cases of the office: one case when individual, two or more when a group. */
    static MentoringSession hold(String id, String officeId, MentoringKind kind, List<Case> openCases, InterventionArea area,
                                 Instant occurredAt, int durationMinutes, String topic, String mentorId, Instant now) {
        if (kind == MentoringKind.INDIVIDUAL && openCases.size() != 1) {
            throw new RuleViolated("individual-needs-one-case", "caseIds", "An individual session is with exactly one case.");
        }
        if (kind == MentoringKind.GROUP && (openCases.size() < 2 || openCases.size() > MAX_GROUP_SIZE)) {
            throw new RuleViolated("group-size", "caseIds", "A group session is with 2 to " + MAX_GROUP_SIZE + " cases.");
        }
        for (Case aCase : openCases) {
            if (!aCase.isOpen() || !aCase.officeId().equals(officeId)) {
                throw new RuleViolated("case-not-eligible", "caseIds",
                        "Case " + aCase.caseNumber() + " is not an open case of office " + officeId + ".");
            }
        }
        CaseRules.requireDuration(durationMinutes);
        CaseRules.requireNotInFuture(occurredAt, now);
        MentoringSession session = new MentoringSession();
        session.id = id;
        session.officeId = officeId;
        session.kind = kind;
        session.participants = openCases.stream().map(c -> new MentoringParticipant(c.id(), c.beneficiaryId())).toList();
        session.area = area;
        session.occurredAt = occurredAt;
        session.durationMinutes = durationMinutes;
        session.topic = topic;
        session.mentorId = mentorId;
        session.recordedAt = now;
        session.publish(new MentoringSessionHeld(id, officeId, kind, session.participants, area, occurredAt, durationMinutes,
                mentorId, now), now);
        return session;
    }

    String id() {
        return id;
    }

    String officeId() {
        return officeId;
    }

    MentoringKind kind() {
        return kind;
    }

    List<MentoringParticipant> participants() {
        return participants;
    }

    InterventionArea area() {
        return area;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    int durationMinutes() {
        return durationMinutes;
    }

    String topic() {
        return topic;
    }

    String mentorId() {
        return mentorId;
    }
}
