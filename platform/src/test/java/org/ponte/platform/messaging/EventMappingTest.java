package org.ponte.platform.messaging;

import org.junit.jupiter.api.Test;
import org.ponte.events.EventCodec;
import org.ponte.events.EventSamples;
import org.ponte.events.EventType;
import org.ponte.events.PonteEvent;
import org.ponte.events.cases.CaseClosed;
import org.ponte.events.referrals.ReferralAccepted;
import org.ponte.events.referrals.ReferralDeclined;
import org.ponte.events.referrals.ReferralEvent;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EventMappingTest {

    private final EventCodec codec = new EventCodec();

    private final EventMapping<String> mapping = EventMapping.<String>create()
            .on(ReferralEvent.class, referral -> "any step of " + referral.referralId())
            .on(ReferralAccepted.class, accepted -> "accepted " + accepted.referralId());

    @Test
    void anEventFindsItsOwnTypeBeforeATypeItImplements() {
        ReferralAccepted accepted = sample(EventType.REFERRAL_ACCEPTED, ReferralAccepted.class);

        assertThat(mapping.map(accepted)).contains("accepted " + accepted.referralId());
    }

    @Test
    void anEventWithoutAFunctionOfItsOwnFindsTheOneOfATypeItImplements() {
        ReferralDeclined declined = sample(EventType.REFERRAL_DECLINED, ReferralDeclined.class);

        assertThat(mapping.map(declined)).contains("any step of " + declined.referralId());
        assertThat(mapping.handles(ReferralDeclined.class)).isTrue();
    }

    @Test
    void anEventOfAnotherTypeMapsToNothing() {
        assertThat(mapping.map(sample(EventType.CASE_CLOSED, CaseClosed.class))).isEmpty();
        assertThat(mapping.handles(CaseClosed.class)).isFalse();
    }

    private <E extends PonteEvent> E sample(EventType type, Class<E> recordType) {
        return codec.fromJson(EventSamples.json(type).getBytes(StandardCharsets.UTF_8), recordType);
    }
}
