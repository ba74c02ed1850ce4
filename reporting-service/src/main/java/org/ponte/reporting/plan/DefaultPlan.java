package org.ponte.reporting.plan;

import org.ponte.events.vocabulary.InterventionArea;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan Ponte ships with, created at first start: "CLAIM Lisboa 2024–2026" (or the years configured in
 * {@link DefaultPlanProperties}) with the eight targets of the CLAIM programme, all
 * counted from events.
 */
@Component
class DefaultPlan implements ApplicationRunner {

    private final Plans plans;
    private final DefaultPlanProperties period;
    private final Clock clock;

    DefaultPlan(Plans plans, DefaultPlanProperties period, Clock clock) {
        this.plans = plans;
        this.period = period;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.existsById(period.id())) {
            return;
        }
        plans.save(new Plan(period.id(), period.name(), LocalDate.of(period.firstYear(), 1, 1), LocalDate.of(period.lastYear(), 12, 31),
                List.of("lisboa"),
                List.of(new Plan.Measure("M1", "Atendimento e acompanhamento", 1, InterventionArea.RECEPTION_AND_INTEGRATION),
                        new Plan.Measure("M2", "Capacitação e sensibilização", 1, InterventionArea.MUNICIPAL_COMMITMENT)),
                List.of(computed("BENEFICIARIES_SUPPORTED", "Pessoas apoiadas", 1224),
                        computed("ATTENDANCES", "Atendimentos", 3600),
                        computed("BENEFICIARIES_MENTORED", "Pessoas em mentoria", 72),
                        programme("GUIDES_PUBLISHED", "Guias publicados", 18),
                        programme("TECHNICIAN_TRAINING_HOURS", "Horas de formação de técnicos", 48),
                        programme("AWARENESS_ACTIONS", "Ações de sensibilização", 6),
                        programme("NETWORK_MEETINGS", "Reuniões de rede", 3),
                        programme("PUBLICATIONS", "Publicações", 36)),
                "system", Instant.now(clock), null));
    }

    private static Plan.Indicator computed(String code, String name, long target) {
        return new Plan.Indicator(code, name, target, IndicatorSource.EVENTS, "M1");
    }

    /** Counted from programme-service's activities and resources. */
    private static Plan.Indicator programme(String code, String name, long target) {
        return new Plan.Indicator(code, name, target, IndicatorSource.EVENTS, "M2");
    }
}
