package org.ponte.platform.messaging;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.SendResult;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

/**
 * Dead-letters a poll's failed records together: each is sent at once, and the consumer thread waits for all
 * of them when the poll's records are done, before their offsets are committed (the container commits in
 * {@code BATCH} mode at the start of the next poll, after {@link #clearThreadState}). Spring's recoverer waits for
 * each acknowledgement in turn, so a burst of 1000 malformed records held its partitions for a round trip each:
 * seconds on a busy broker, while healthy events behind them waited.
 * <p>
 * Nothing is lost: a dead letter the broker refuses is sent again, with back-off, until it is stored, and the
 * offsets of its poll stay uncommitted meanwhile. If the container stops first, the wait throws, which ends the
 * consumer thread before it commits, so the records come again after a restart.
 */
final class PollDeadLetters extends DeadLetterPublishingRecoverer implements RecordInterceptor<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(PollDeadLetters.class);

    private record Sent(KafkaOperations<Object, Object> template, ProducerRecord<Object, Object> letter,
                        CompletableFuture<SendResult<Object, Object>> result, ConsumerRecord<?, ?> original) {
    }

    private final ThreadLocal<List<Sent>> unconfirmed = ThreadLocal.withInitial(ArrayList::new);
    private final BackOff resendBackOff;
    private final BooleanSupplier containerRunning;

    /** {@code resendBackOff} must never stop: a dead letter is sent until it is stored. */
    PollDeadLetters(KafkaOperations<?, ?> template, BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination,
                    BackOff resendBackOff, BooleanSupplier containerRunning) {
        super(template, destination);
        this.resendBackOff = resendBackOff;
        this.containerRunning = containerRunning;
    }

    /** Called by the recoverer right after each send: remembered instead of waited for. */
    @Override
    protected void verifySendResult(KafkaOperations<Object, Object> template, ProducerRecord<Object, Object> letter,
                                    CompletableFuture<SendResult<Object, Object>> result, ConsumerRecord<?, ?> original) {
        unconfirmed.get().add(new Sent(template, letter, result, original));
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        return record;
    }

    /** The poll's records are done and its offsets not yet committed: every dead letter must be stored first. */
    @Override
    public void clearThreadState(Consumer<?, ?> consumer) {
        List<Sent> sent = unconfirmed.get();
        if (sent.isEmpty()) {
            return;
        }
        unconfirmed.remove();
        sent.forEach(this::confirm);
    }

    private void confirm(Sent sent) {
        BackOffExecution backOff = resendBackOff.start();
        while (true) {
            try {
                super.verifySendResult(sent.template(), sent.letter(), sent.result(), sent.original());
                return;
            } catch (KafkaException refused) {
                if (!containerRunning.getAsBoolean()) {
                    throw refused;
                }
                long wait = backOff.nextBackOff();
                log.warn("Dead letter to {} not stored, sending it again in {} ms: {}", sent.letter().topic(), wait, refused.getMessage());
                pause(wait);
                sent = new Sent(sent.template(), sent.letter(), resend(sent), sent.original());
            }
        }
    }

    private static CompletableFuture<SendResult<Object, Object>> resend(Sent sent) {
        try {
            return sent.template().send(sent.letter());
        } catch (RuntimeException refusedAtOnce) {
            return CompletableFuture.failedFuture(refusedAtOnce);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while dead letters were unconfirmed", stopping);
        }
    }
}
