package org.ponte.reporting.progress;

import org.bson.Document;
import org.ponte.events.vocabulary.ActivityType;
import org.ponte.events.vocabulary.ResourceType;
import org.ponte.reporting.facts.ReportingProjection;
import org.ponte.reporting.office.OfficeSet;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/** Counts the computed indicators from the facts, for a set of offices and a period of days. */
@Component
public class IndicatorCounts {

    private final MongoOperations mongo;

    IndicatorCounts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public long count(ComputedIndicator indicator, OfficeSet offices, LocalDate from, LocalDate to) {
        return switch (indicator) {
            case ATTENDANCES -> mongo.count(within(offices, "occurredAt", from, to), ReportingProjection.ATTENDANCES);
            case BENEFICIARIES_SUPPORTED -> {
                Set<Object> people = new HashSet<>();
                addDistinct(within(offices, "occurredAt", from, to), ReportingProjection.ATTENDANCES, "beneficiaryId", people);
                addDistinct(held(offices, from, to), ReportingProjection.ACTIVITIES, "beneficiaryIds", people);
                yield people.size();
            }
            case MENTORING_SESSIONS -> mongo.count(within(offices, "occurredAt", from, to), ReportingProjection.MENTORING);
            case BENEFICIARIES_MENTORED -> distinct(within(offices, "occurredAt", from, to), ReportingProjection.MENTORING, "beneficiaryIds");
            case REFERRALS_MADE -> mongo.count(within(offices, "requestedAt", from, to), ReportingProjection.REFERRALS);
            case REFERRALS_COMPLETED -> mongo.count(within(offices, "completedAt", from, to), ReportingProjection.REFERRALS);
            case TECHNICIAN_TRAINING_HOURS -> minutes(held(offices, from, to).addCriteria(type(ActivityType.TECHNICIAN_TRAINING))) / 60;
            case AWARENESS_ACTIONS -> mongo.count(held(offices, from, to).addCriteria(type(ActivityType.AWARENESS_ACTION)),
                    ReportingProjection.ACTIVITIES);
            case NETWORK_MEETINGS -> mongo.count(held(offices, from, to).addCriteria(type(ActivityType.NETWORK_MEETING)),
                    ReportingProjection.ACTIVITIES);
            case GUIDES_PUBLISHED -> mongo.count(published(offices, from, to).addCriteria(type(ResourceType.GUIDE)),
                    ReportingProjection.RESOURCES);
            case PUBLICATIONS -> mongo.count(published(offices, from, to).addCriteria(type(ResourceType.PUBLICATION)),
                    ReportingProjection.RESOURCES);
        };
    }

    /** Activities of the offices held in the period and not cancelled since. */
    public static Query held(OfficeSet offices, LocalDate from, LocalDate to) {
        return within(offices, "heldAt", from, to).addCriteria(Criteria.where("cancelled").ne(true));
    }

    /** Resources of the offices published in the period and still published. */
    private static Query published(OfficeSet offices, LocalDate from, LocalDate to) {
        return within(offices, "publishedAt", from, to).addCriteria(Criteria.where("published").is(true));
    }

    private static Criteria type(Enum<?> type) {
        return Criteria.where("type").is(type.name());
    }

    private long minutes(Query activities) {
        activities.fields().include("minutes");
        try (Stream<Document> stream = mongo.stream(activities, Document.class, ReportingProjection.ACTIVITIES)) {
            return stream.mapToLong(activity -> activity.get("minutes", Number.class).longValue()).sum();
        }
    }

    /**
     * Facts of the offices whose timestamp falls on a day from {@code from} to {@code to}, both included, read in
     * batches of 2000: without a batch size the wire store sends the whole result as one reply, which the driver
     * refuses over 48 MB (a year of a busy office: the replay benchmark's million facts).
     */
    public static Query within(OfficeSet offices, String timestamp, LocalDate from, LocalDate to) {
        Criteria criteria = offices.isEveryOffice() ? new Criteria() : Criteria.where("officeId").in(offices.officeIds());
        return Query.query(criteria.and(timestamp).gte(from.atStartOfDay().toInstant(ZoneOffset.UTC)).lt(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .cursorBatchSize(2000);
    }

    /** Distinct values of {@code field} over the facts, streamed: only the values are kept, not the facts. */
    private long distinct(Query facts, String collection, String field) {
        Set<Object> seen = new HashSet<>();
        addDistinct(facts, collection, field, seen);
        return seen.size();
    }

    private void addDistinct(Query facts, String collection, String field, Set<Object> seen) {
        facts.fields().include(field);
        try (Stream<Document> stream = mongo.stream(facts, Document.class, collection)) {
            stream.map(fact -> fact.get(field)).forEach(value -> {
                if (value instanceof Collection<?> many) {
                    seen.addAll(many);
                } else if (value != null) {
                    seen.add(value);
                }
            });
        }
    }

}
