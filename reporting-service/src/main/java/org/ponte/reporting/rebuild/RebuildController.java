package org.ponte.reporting.rebuild;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/rebuild}: start a rebuild of every read model (202), and follow its progress. ADMIN only. */
@RestController
@RequestMapping("/api/v1/admin/rebuild")
class RebuildController {

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    ResponseEntity<ReadModelRebuild.Status> start() {
        return ResponseEntity.accepted().body(rebuild.start());
    }

    @GetMapping
    ReadModelRebuild.Status status() {
        return rebuild.status();
    }
}
