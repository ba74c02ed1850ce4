package org.ponte.programme.activity;

import java.time.Instant;

/** One session of an activity: a training programme of several days has one per day. */
public record Session(Instant startsAt, int durationMinutes) {
}
