package org.ponte.reporting.rebuild;

import org.ponte.reporting.readmodel.EventLog;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * {@code /api/v1/admin/rebuild}: start a rebuild of the read model from the beginning of the topics (202), and follow
 * its progress. Until it has caught up, reports count what it has applied so far and the instance is not ready. ADMIN only.
 */
@RestController
@RequestMapping("/api/v1/admin/rebuild")
class RebuildController {

    private final EventLog log;

    RebuildController(EventLog log) {
        this.log = log;
    }

    /** {@code state}: IDLE (none asked for since the start), RUNNING (REQUESTED until it begins), DONE or FAILED. */
    record Status(String state, long eventsApplied, long eventsTotal, int percent, Instant startedAt, Instant finishedAt) {

        static Status of(EventLog.Rebuild rebuild) {
            return rebuild == null ? new Status("IDLE", 0, 0, 0, null, null)
                    : new Status(rebuild.state().equals("REQUESTED") ? "RUNNING" : rebuild.state(), rebuild.eventsApplied(), rebuild.eventsTotal(),
                    rebuild.percent(), rebuild.startedAt(), rebuild.finishedAt());
        }
    }

    @PostMapping
    ResponseEntity<Status> start() {
        return ResponseEntity.accepted().body(Status.of(log.startRebuild()));
    }

    @GetMapping
    Status status() {
        return Status.of(log.rebuildStatus());
    }
}
