package org.ponte.events;

/**
 * The Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode: each attribute
 * is a header {@code ce_<name>} holding its UTF-8 value; the record value is the JSON data and the record
 * key is the aggregate id. {@code schemaversion} and {@code correlationid} are Ponte's extension attributes;
 * {@code traceparent} and {@code tracestate} those of CloudEvents' Distributed Tracing extension.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SCHEMA_VERSION = "ce_schemaversion";
    public static final String CORRELATION_ID = "ce_correlationid";
    /**
     * The prefix of the CloudEvents Distributed Tracing extension: {@code ce_traceparent} (and {@code ce_tracestate})
     * carry the W3C Trace Context of the change that caused the event, when it was traced.
     */
    public static final String TRACE_CONTEXT_PREFIX = "ce_";
    /** In binary mode the data content type travels as the plain {@code content-type} header. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
