package org.ponte.benchmarks;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ponte.events.EventCodec;
import org.ponte.events.EventEnvelope;
import org.ponte.events.KafkaEventRecords;
import org.ponte.events.PonteEvent;
import org.ponte.events.cases.AppointmentOutcomeRecorded;
import org.ponte.events.cases.AppointmentScheduled;
import org.ponte.events.cases.AttendanceRecorded;
import org.ponte.events.cases.BeneficiaryProfile;
import org.ponte.events.cases.LegalStatusRecorded;
import org.ponte.events.cases.MentoringParticipant;
import org.ponte.events.cases.MentoringSessionHeld;
import org.ponte.events.partners.OfficeUpserted;
import org.ponte.events.programme.ActivityCancelled;
import org.ponte.events.programme.ActivityHeld;
import org.ponte.events.programme.ParticipantCount;
import org.ponte.events.programme.ResourcePublished;
import org.ponte.events.programme.ResourceWithdrawn;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralCancelled;
import org.ponte.events.referrals.ReferralCompleted;
import org.ponte.events.referrals.ReferralDeclined;
import org.ponte.events.referrals.ReferralOverdue;
import org.ponte.events.referrals.ReferralRequested;
import org.ponte.events.vocabulary.ActivityType;
import org.ponte.events.vocabulary.AgeBand;
import org.ponte.events.vocabulary.Agency;
import org.ponte.events.vocabulary.AppointmentOutcome;
import org.ponte.events.vocabulary.AttendanceChannel;
import org.ponte.events.vocabulary.CancellationReason;
import org.ponte.events.vocabulary.CompletionOutcome;
import org.ponte.events.vocabulary.DeclineReason;
import org.ponte.events.vocabulary.InterventionArea;
import org.ponte.events.vocabulary.LegalStatusCategory;
import org.ponte.events.vocabulary.MentoringKind;
import org.ponte.events.vocabulary.ParticipantCategory;
import org.ponte.events.vocabulary.ReferralPriority;
import org.ponte.events.vocabulary.Region;
import org.ponte.events.vocabulary.ResourceAudience;
import org.ponte.events.vocabulary.ResourceType;
import org.ponte.events.vocabulary.Sex;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A national history for the benchmarks: the offices of a network in its NUTS II regions and, over three years up to
 * the day it runs, their people's attendances, mentoring sessions, referrals (each through its steps), activities (some
 * corrected, some cancelled), guides and publications (some withdrawn), legal statuses and appointments. Written as
 * the services would write them (CloudEvents records, each aggregate's events in order under its key) straight to the
 * topics. The same seed gives the same history; {@link Expected} counts what it wrote, apart from reporting-service.
 */
final class NationalHistory {

    record Settings(int offices, int people, int attendancesPerPerson, int referrals, int sessions, int activitiesPerOfficeMonth,
                    int resourcesPerOffice, long seed) {

        /** The national scale of issue 23: 170 offices, 200,000 people, about 620,000 attendances, 60,000 referrals. */
        static Settings national() {
            return new Settings(170, 200_000, 3, 60_000, 6_000, 2, 20, 2026);
        }

        /** A few offices and some thousands of events, for the test command. */
        static Settings smoke() {
            return new Settings(6, 1_500, 3, 450, 60, 1, 4, 2026);
        }
    }

    /** An office of the history: its id, name and region. */
    record Office(String id, String name, Region region, String prefix) {
    }

    /** Weights of the regions, roughly as offices are spread (Grande Lisboa and Norte the most). */
    private static final Region[] REGIONS = {Region.PT1A, Region.PT1A, Region.PT1A, Region.PT11, Region.PT11, Region.PT11, Region.PT19,
            Region.PT19, Region.PT1B, Region.PT1D, Region.PT1C, Region.PT15, Region.PT20, Region.PT30};
    private static final String[] NATIONALITIES = {"BR", "BR", "BR", "BR", "CV", "CV", "AO", "GW", "ST", "UA", "UA", "IN", "NP", "BD", "PK",
            "CN", "MA", "GB", "US", "VE"};
    private static final ActivityType[] ACTIVITY_TYPES = {ActivityType.TECHNICIAN_TRAINING, ActivityType.TECHNICIAN_TRAINING,
            ActivityType.AWARENESS_ACTION, ActivityType.NETWORK_MEETING, ActivityType.INFORMATION_SESSION, ActivityType.INFORMATION_SESSION,
            ActivityType.TRAINING_PROGRAMME, ActivityType.RECRUITMENT_EVENT, ActivityType.CONFERENCE};

    private final Settings settings;
    private final Random random;
    private final Instant from;
    private final Instant to;
    private final List<Office> offices = new ArrayList<>();
    private final Expected expected;
    private final EventCodec codec = new EventCodec();
    private final List<String> personIds = new ArrayList<>();
    private final int[] homeOffice;
    private final List<List<Integer>> peopleOf = new ArrayList<>();
    private long events;

    NationalHistory(Settings settings, LocalDate today) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.to = today.atStartOfDay().toInstant(ZoneOffset.UTC);
        this.from = today.minusYears(3).withDayOfMonth(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int i = 0; i < settings.offices(); i++) {
            String id = "office-%03d".formatted(i + 1);
            offices.add(new Office(id, "CLAIM %03d".formatted(i + 1), REGIONS[i % REGIONS.length], prefix(i)));
            peopleOf.add(new ArrayList<>());
        }
        this.expected = new Expected(offices, settings.people());
        this.homeOffice = new int[settings.people()];
    }

    List<Office> offices() {
        return offices;
    }

    Expected expected() {
        return expected;
    }

    /** The first day of the history (the first of a month, three years ago) and the day it ends (today, not included). */
    LocalDate firstDay() {
        return from.atZone(ZoneOffset.UTC).toLocalDate();
    }

    LocalDate lastDay() {
        return to.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
    }

    long events() {
        return events;
    }

    /** Writes the whole history to the topics of {@code bootstrapServers}. */
    void write(String bootstrapServers, Consumer<String> progress) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            Consumer<PonteEvent> send = event -> {
                Instant at = timeOf(event);
                producer.send(KafkaEventRecords.toProducerRecord(codec.encode(EventEnvelope.wrap(event, sourceOf(event),
                        new UUID(random.nextLong(), random.nextLong()).toString(), at))));
                events++;
            };
            generate(send, progress);
            producer.flush();
            progress.accept("history: " + events + " events written");
        }
    }

    /** Hands each event of the history, in order, to {@code send}. */
    void generate(Consumer<PonteEvent> send, Consumer<String> progress) {
        offices.forEach(office -> send.accept(new OfficeUpserted(office.id(), 1, office.name(), "Município " + office.id(), office.region(),
                office.prefix(), true, from)));
        people(send, progress);
        sessions(send);
        progress.accept("history: " + events + " events (people, attendances, mentoring)");
        referrals(send);
        progress.accept("history: " + events + " events (and referrals)");
        programme(send);
        statusesAndAppointments(send);
    }

    private void people(Consumer<PonteEvent> send, Consumer<String> progress) {
        long span = Duration.between(from, to).toMinutes();
        for (int person = 0; person < settings.people(); person++) {
            String personId = uuid();
            personIds.add(personId);
            int office = skewedOffice();
            homeOffice[person] = office;
            peopleOf.get(office).add(person);
            BeneficiaryProfile profile = new BeneficiaryProfile(NATIONALITIES[random.nextInt(NATIONALITIES.length)],
                    random.nextBoolean() ? Sex.FEMALE : Sex.MALE, AgeBand.values()[1 + random.nextInt(AgeBand.values().length - 1)]);
            String caseId = uuid();
            Instant first = from.plus(random.nextLong(span), ChronoUnit.MINUTES);
            int attendances = 1 + random.nextInt(2 * settings.attendancesPerPerson() - 1);
            for (int a = 0; a < attendances; a++) {
                Instant at = first.plus(random.nextInt(120) * (long) a, ChronoUnit.DAYS);
                if (!at.isBefore(to)) {
                    at = to.minus(1 + random.nextInt(600), ChronoUnit.MINUTES);
                }
                // One in twenty is also seen at another office of its region.
                int where = a == attendances - 1 && random.nextInt(20) == 0 ? neighbour(office) : office;
                send.accept(new AttendanceRecorded(uuid(), caseId, personId, offices.get(where).id(), "tec-" + random.nextInt(9), at,
                        AttendanceChannel.values()[random.nextInt(AttendanceChannel.values().length)],
                        random.nextInt(4) == 0 ? List.of(area(), area()).stream().distinct().toList() : List.of(area()),
                        15 + 15 * random.nextInt(4), null, profile, at));
                expected.attended(where, person);
            }
            if ((person + 1) % 50_000 == 0) {
                progress.accept("history: " + (person + 1) + " people and their attendances");
            }
        }
    }

    private void sessions(Consumer<PonteEvent> send) {
        long span = Duration.between(from, to).toMinutes();
        for (int i = 0; i < settings.sessions(); i++) {
            int office = random.nextInt(offices.size());
            List<Integer> people = peopleOf.get(office);
            if (people.isEmpty()) {
                continue;
            }
            List<MentoringParticipant> participants = new ArrayList<>();
            for (int p = 0, n = 1 + random.nextInt(5); p < n; p++) {
                int person = people.get(random.nextInt(people.size()));
                participants.add(new MentoringParticipant("case-of-" + person, personIds.get(person)));
                expected.mentored(office, person);
            }
            participants = participants.stream().distinct().toList();
            Instant at = from.plus(random.nextLong(span), ChronoUnit.MINUTES);
            send.accept(new MentoringSessionHeld(uuid(), offices.get(office).id(), participants.size() > 1 ? MentoringKind.GROUP : MentoringKind.INDIVIDUAL,
                    participants, area(), at, 60, "mentor-" + random.nextInt(5), at));
            expected.session(office);
        }
    }

    private void referrals(Consumer<PonteEvent> send) {
        long span = Duration.between(from, to).toMinutes();
        for (int i = 0; i < settings.referrals(); i++) {
            int person = random.nextInt(settings.people());
            int office = homeOffice[person];
            Office o = offices.get(office);
            String id = uuid();
            String number = "ENC-" + i;
            String partner = "partner-%03d".formatted(1 + random.nextInt(40));
            InterventionArea area = area();
            String caseId = "case-of-" + person;
            String personId = personIds.get(person);
            Instant requested = from.plus(random.nextLong(span), ChronoUnit.MINUTES);
            ReferralPriority priority = random.nextInt(5) == 0 ? ReferralPriority.URGENT : ReferralPriority.ROUTINE;
            Instant respondBy = requested.plus(priority == ReferralPriority.URGENT ? 2 : 7, ChronoUnit.DAYS);
            send.accept(new ReferralRequested(id, number, caseId, personId, o.id(), partner, area, "tec", priority, requested, respondBy));
            expected.referral(office);
            int fate = random.nextInt(100);
            Instant answered = requested.plus(30 + random.nextInt(6000), ChronoUnit.MINUTES);
            if (!answered.isBefore(to)) {
                continue;
            }
            if (fate < 70) {
                send.accept(new ReferralAccepted(id, number, caseId, personId, o.id(), partner, area, "tec", "partner-user", answered));
                Instant completed = answered.plus(1 + random.nextInt(30), ChronoUnit.DAYS);
                if (fate < 45 && completed.isBefore(to)) {
                    send.accept(new ReferralCompleted(id, number, caseId, personId, o.id(), partner, area, "tec",
                            CompletionOutcome.values()[random.nextInt(CompletionOutcome.values().length)], "partner-user", completed));
                    expected.completed(office);
                } else if (fate > 65) {
                    send.accept(new ReferralCancelled(id, number, caseId, personId, o.id(), partner, area, "tec", "tec", answered.plusSeconds(60),
                            CancellationReason.RECALLED_BY_OFFICE));
                }
            } else if (fate < 90) {
                send.accept(new ReferralDeclined(id, number, caseId, personId, o.id(), partner, area, "tec",
                        DeclineReason.values()[random.nextInt(DeclineReason.values().length)], "partner-user", answered));
            } else if (respondBy.isBefore(to)) {
                send.accept(new ReferralOverdue(id, number, caseId, personId, o.id(), partner, area, "tec", respondBy, respondBy.plusSeconds(3600)));
            }
        }
    }

    /** Each office's activities every month (a few corrected, a few cancelled) and its guides and publications. */
    private void programme(Consumer<PonteEvent> send) {
        for (int office = 0; office < offices.size(); office++) {
            Office o = offices.get(office);
            List<Integer> people = peopleOf.get(office);
            for (YearMonth month = YearMonth.from(from.atZone(ZoneOffset.UTC)); month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).isBefore(to);
                 month = month.plusMonths(1)) {
                for (int a = 0; a < settings.activitiesPerOfficeMonth(); a++) {
                    Instant heldAt = month.atDay(1 + random.nextInt(month.lengthOfMonth())).atTime(10, 0).toInstant(ZoneOffset.UTC);
                    if (!heldAt.isBefore(to)) {
                        continue;
                    }
                    ActivityType type = ACTIVITY_TYPES[random.nextInt(ACTIVITY_TYPES.length)];
                    String id = uuid();
                    int minutes = 60 + 30 * random.nextInt(6);
                    List<Integer> registered = new ArrayList<>();
                    for (int p = 0, n = people.isEmpty() ? 0 : random.nextInt(6); p < n; p++) {
                        registered.add(people.get(random.nextInt(people.size())));
                    }
                    registered = registered.stream().distinct().toList();
                    send.accept(held(id, o, type, heldAt, minutes, registered, 1));
                    int fate = random.nextInt(40);
                    if (fate == 0) {
                        send.accept(new ActivityCancelled(id, o.id(), type, "tec", heldAt.plusSeconds(60)));
                        continue;
                    }
                    if (fate == 1 && !registered.isEmpty()) {
                        // A correction: the last person was not there after all, and it lasted half an hour longer.
                        registered = registered.subList(0, registered.size() - 1);
                        minutes += 30;
                        send.accept(held(id, o, type, heldAt, minutes, registered, 2));
                    }
                    expected.activity(office, type, minutes);
                    int finalOffice = office;
                    registered.forEach(person -> expected.attendedActivity(finalOffice, person));
                }
            }
            long span = Duration.between(from, to).toMinutes();
            for (int r = 0; r < settings.resourcesPerOffice(); r++) {
                ResourceType type = random.nextBoolean() ? ResourceType.GUIDE : ResourceType.PUBLICATION;
                String id = uuid();
                Instant published = from.plus(random.nextLong(span), ChronoUnit.MINUTES);
                send.accept(new ResourcePublished(id, o.id(), type, List.of(area()), ResourceAudience.MIGRANTS, List.of("pt", "en"), "tec", published));
                if (random.nextInt(10) == 0) {
                    send.accept(new ResourceWithdrawn(id, o.id(), type, "tec", published.plusSeconds(3600)));
                } else {
                    expected.resource(office, type);
                }
            }
        }
    }

    private ActivityHeld held(String id, Office office, ActivityType type, Instant heldAt, int minutes, List<Integer> registered, int revision) {
        return new ActivityHeld(id, office.id(), type, List.of(area()), List.of("pt"), heldAt, minutes,
                registered.stream().map(personIds::get).toList(), List.of("tec-1", "tec-2"), List.of(),
                List.of(new ParticipantCount(ParticipantCategory.MIGRANTS, 3 + random.nextInt(20))), revision, "tec", heldAt.plusSeconds(7200));
    }

    /** One person in five with a legal status; one in ten with an appointment, most with an outcome. */
    private void statusesAndAppointments(Consumer<PonteEvent> send) {
        for (int person = 0; person < settings.people(); person++) {
            Office office = offices.get(homeOffice[person]);
            if (person % 5 == 0) {
                LocalDate validFrom = firstDay().plusDays(random.nextInt(900));
                send.accept(new LegalStatusRecorded(uuid(), personIds.get(person), office.id(),
                        LegalStatusCategory.values()[random.nextInt(LegalStatusCategory.values().length)], validFrom, validFrom.plusYears(2), "tec",
                        validFrom.atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (person % 10 == 3) {
                String id = uuid();
                Agency agency = Agency.values()[random.nextInt(Agency.values().length)];
                Instant at = from.plus(random.nextInt(1000), ChronoUnit.DAYS);
                if (at.isAfter(to)) {
                    continue;
                }
                send.accept(new AppointmentScheduled(id, personIds.get(person), office.id(), agency, at, "tec", at.minus(10, ChronoUnit.DAYS)));
                if (random.nextInt(5) > 0) {
                    send.accept(new AppointmentOutcomeRecorded(id, personIds.get(person), office.id(), agency, at,
                            AppointmentOutcome.values()[random.nextInt(AppointmentOutcome.values().length)], "tec", at.plusSeconds(3600)));
                }
            }
        }
    }

    /** Offices do not all see as many people: the first of every seven sees three times as many. */
    private int skewedOffice() {
        int office = random.nextInt(offices.size() + offices.size() / 7 * 2);
        return office < offices.size() ? office : (office - offices.size()) * 7 % offices.size();
    }

    /** Another office of the same region, or the same one when it is alone in it. */
    private int neighbour(int office) {
        Region region = offices.get(office).region();
        for (int step = 1; step < offices.size(); step++) {
            int other = (office + step) % offices.size();
            if (offices.get(other).region() == region) {
                return other;
            }
        }
        return office;
    }

    private InterventionArea area() {
        return InterventionArea.values()[random.nextInt(InterventionArea.values().length)];
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** Case numbers' letters: AAA, AAB, … one prefix an office. */
    private static String prefix(int i) {
        return "" + (char) ('A' + i / 676 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }

    private static String sourceOf(PonteEvent event) {
        String type = event.getClass().getPackageName();
        return type.endsWith("cases") ? "case-service" : type.endsWith("referrals") || type.endsWith("partners") ? "referral-service"
                : "programme-service";
    }

    /** When the event happened, as the service that wrote it would have stamped it. */
    private Instant timeOf(PonteEvent event) {
        return event instanceof AttendanceRecorded a ? a.recordedAt() : to.minusSeconds(1);
    }

    /**
     * What the history holds, counted as it was written, apart from reporting-service: per office, the attendances,
     * the people supported (an attendance, or registered at an activity held and not cancelled), the people mentored,
     * sessions, referrals requested and completed, activities by type, training minutes, guides and publications.
     */
    static final class Expected {

        private final List<Office> offices;
        private final long[] attendances;
        private final BitSet[] supported;
        private final BitSet[] mentored;
        private final long[] sessions;
        private final long[] referrals;
        private final long[] completed;
        private final List<Map<ActivityType, Long>> activities = new ArrayList<>();
        private final long[] trainingMinutes;
        private final List<Map<ResourceType, Long>> resources = new ArrayList<>();

        Expected(List<Office> offices, int people) {
            this.offices = offices;
            int n = offices.size();
            attendances = new long[n];
            supported = new BitSet[n];
            mentored = new BitSet[n];
            sessions = new long[n];
            referrals = new long[n];
            completed = new long[n];
            trainingMinutes = new long[n];
            for (int i = 0; i < n; i++) {
                supported[i] = new BitSet(people);
                mentored[i] = new BitSet(people);
                activities.add(new EnumMap<>(ActivityType.class));
                resources.add(new EnumMap<>(ResourceType.class));
            }
        }

        void attended(int office, int person) {
            attendances[office]++;
            supported[office].set(person);
        }

        void attendedActivity(int office, int person) {
            supported[office].set(person);
        }

        void mentored(int office, int person) {
            mentored[office].set(person);
        }

        void session(int office) {
            sessions[office]++;
        }

        void referral(int office) {
            referrals[office]++;
        }

        void completed(int office) {
            completed[office]++;
        }

        void activity(int office, ActivityType type, int minutes) {
            activities.get(office).merge(type, 1L, Long::sum);
            if (type == ActivityType.TECHNICIAN_TRAINING) {
                trainingMinutes[office] += minutes;
            }
        }

        void resource(int office, ResourceType type) {
            resources.get(office).merge(type, 1L, Long::sum);
        }

        /** Every indicator counted from events over the whole history, for the offices given (by index). */
        Map<String, Long> indicators(List<Integer> of) {
            Map<String, Long> figures = new HashMap<>();
            BitSet people = new BitSet();
            BitSet mentoredPeople = new BitSet();
            long minutes = 0;
            for (int office : of) {
                people.or(supported[office]);
                mentoredPeople.or(mentored[office]);
                figures.merge("ATTENDANCES", attendances[office], Long::sum);
                figures.merge("MENTORING_SESSIONS", sessions[office], Long::sum);
                figures.merge("REFERRALS_MADE", referrals[office], Long::sum);
                figures.merge("REFERRALS_COMPLETED", completed[office], Long::sum);
                figures.merge("AWARENESS_ACTIONS", activities.get(office).getOrDefault(ActivityType.AWARENESS_ACTION, 0L), Long::sum);
                figures.merge("NETWORK_MEETINGS", activities.get(office).getOrDefault(ActivityType.NETWORK_MEETING, 0L), Long::sum);
                figures.merge("GUIDES_PUBLISHED", resources.get(office).getOrDefault(ResourceType.GUIDE, 0L), Long::sum);
                figures.merge("PUBLICATIONS", resources.get(office).getOrDefault(ResourceType.PUBLICATION, 0L), Long::sum);
                minutes += trainingMinutes[office];
            }
            figures.put("BENEFICIARIES_SUPPORTED", (long) people.cardinality());
            figures.put("BENEFICIARIES_MENTORED", (long) mentoredPeople.cardinality());
            figures.put("TECHNICIAN_TRAINING_HOURS", minutes / 60);
            return figures;
        }

        List<Integer> all() {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < offices.size(); i++) {
                all.add(i);
            }
            return all;
        }

        List<Integer> inRegion(Region region) {
            List<Integer> of = new ArrayList<>();
            for (int i = 0; i < offices.size(); i++) {
                if (offices.get(i).region() == region) {
                    of.add(i);
                }
            }
            return of;
        }

        long totalAttendances() {
            long total = 0;
            for (long a : attendances) {
                total += a;
            }
            return total;
        }
    }
}
