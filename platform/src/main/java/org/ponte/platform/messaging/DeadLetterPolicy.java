package org.ponte.platform.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.ponte.events.MalformedEventException;
import org.ponte.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.CompositeRecordInterceptor;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The one retry and dead-letter policy of every consumer binding: a failing event is tried
 * {@code ponte.messaging.max-attempts} times with exponential back-off, then published with its error in
 * the headers ({@code x-error}: the root cause) to {@code <topic>.<group>.dlq}, which is created if missing; a malformed event goes there at
 * once, since no retry can mend it. Either way the partition moves on; a poll's dead letters are sent together
 * and confirmed before its offsets are committed ({@link PollDeadLetters}).
 */
final class DeadLetterPolicy implements ListenerContainerWithDlqAndRetryCustomizer {

    static final String ERROR_HEADER = "x-error";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);

    private final KafkaTemplate<String, byte[]> deadLetters;
    private final KafkaAdmin admin;
    private final MessagingProperties properties;
    private final ConsumersCaughtUp caughtUp;

    DeadLetterPolicy(KafkaTemplate<String, byte[]> deadLetters, KafkaAdmin admin, MessagingProperties properties,
                     ConsumersCaughtUp caughtUp) {
        this.deadLetters = deadLetters;
        this.admin = admin;
        this.properties = properties;
        this.caughtUp = caughtUp;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        String deadLetterTopic = Topics.deadLetter(destinationName, group);
        admin.createOrModifyTopics(new NewTopic(deadLetterTopic, Optional.of(1), Optional.empty()));
        try {
            // Connects the dead-letter producer and learns the topic now: the first dead letter waited half a second
            // for both while the burst that brought it piled up behind.
            deadLetters.partitionsFor(deadLetterTopic);
        } catch (RuntimeException brokerNotReachableYet) {
            // The first dead letter will connect it.
        }
        ExponentialBackOffWithMaxRetries retries = new ExponentialBackOffWithMaxRetries(Math.max(properties.maxAttempts() - 1, 0));
        retries.setInitialInterval(properties.initialBackOff().toMillis());
        retries.setMaxInterval(properties.maxBackOff().toMillis());
        ExponentialBackOff resends = new ExponentialBackOff(properties.initialBackOff().toMillis(), 2);
        resends.setMaxInterval(properties.maxBackOff().toMillis());
        PollDeadLetters recoverer = new PollDeadLetters(deadLetters, (record, error) -> new TopicPartition(deadLetterTopic, -1),
                resends, container::isRunning);
        recoverer.setHeadersFunction((record, error) -> rootCause(error));
        // Spring's stack trace header (kilobytes of the listener's wrappers) would dwarf each dead letter and fill
        // the producer's batches; the root cause stays in x-error, and a handler's failure is logged with its stack.
        recoverer.excludeHeader(HeaderNames.HeadersToAdd.EX_STACKTRACE);
        // The dead letters of a poll are confirmed after its records and before its offsets are committed, which
        // is when the container commits in BATCH mode (in RECORD mode it would commit each record at once).
        container.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        BindingCatchUp catchUp = caughtUp.track(destinationName + "/" + group, container);
        // The dead letters of a poll are confirmed before its progress is counted towards catching up.
        ((AbstractMessageListenerContainer<Object, Object>) container).setRecordInterceptor(new CompositeRecordInterceptor<>(recoverer, catchUp));
        DefaultErrorHandler errorHandler = new DefaultErrorHandler((ConsumerAwareRecordRecoverer) (record, consumer, error) -> {
            logHandlerFailure(record, error, deadLetterTopic);
            recoverer.accept(record, consumer, error);
        }, retries);
        errorHandler.addNotRetryableExceptions(MalformedEventException.class);
        errorHandler.setRetryListeners(catchUp);
        // Keep the rest of the poll in memory instead of seeking back to the failed record: every seek cost a new
        // fetch (half a second here), so 1000 poison records stalled their partition for minutes.
        errorHandler.setSeekAfterError(false);
        container.setCommonErrorHandler(errorHandler);
    }

    /** A malformed event says all in its {@value #ERROR_HEADER}; a handler that failed on a good one is a defect to find. */
    private static void logHandlerFailure(ConsumerRecord<?, ?> record, Exception error, String deadLetterTopic) {
        if (!(rootCauseOf(error) instanceof MalformedEventException)) {
            log.warn("The handler failed on {}-{}@{}, which goes to {}", record.topic(), record.partition(), record.offset(), deadLetterTopic, error);
        }
    }

    /**
     * Spring's own headers name the listener's wrappers; {@value #ERROR_HEADER} names the first exception
     * below them, the one the handler or the decoder threw.
     */
    private static Headers rootCause(Exception error) {
        Throwable cause = rootCauseOf(error);
        String text = cause.getClass().getName() + ": " + cause.getMessage();
        return new RecordHeaders().add(ERROR_HEADER, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Throwable rootCauseOf(Exception error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getClass().getName().startsWith("org.springframework.")) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The policy above replaces the binder's own retry and dead-lettering. */
    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }
}
