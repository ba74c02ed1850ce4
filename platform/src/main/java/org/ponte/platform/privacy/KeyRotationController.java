package org.ponte.platform.privacy;

import org.ponte.platform.audit.AuditLog;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/keys/rotate} (ADMIN): a new master key becomes primary and every person's data key is
 * wrapped again under it, without stopping: each stays readable throughout (the old master key still opens what it
 * wrapped until then). The old master keys stay in the keyset; an operator removes them from the file once a
 * rotation has reported every key rewrapped.
 */
@RestController
@RequestMapping("/api/v1/admin/keys")
class KeyRotationController {

    private final MasterKeys masterKeys;
    private final PersonKeys personKeys;
    private final AuditLog auditLog;

    KeyRotationController(MasterKeys masterKeys, PersonKeys personKeys, AuditLog auditLog) {
        this.masterKeys = masterKeys;
        this.personKeys = personKeys;
        this.auditLog = auditLog;
    }

    record Rotation(int masterKeys, int dataKeysRewrapped) {
    }

    @PostMapping("/rotate")
    Rotation rotate() {
        masterKeys.rotate();
        int rewrapped = personKeys.rewrapAll();
        auditLog.changed("master-key", "keys.rotation", "master key rotated, " + rewrapped + " data keys rewrapped");
        return new Rotation(masterKeys.size(), rewrapped);
    }
}
