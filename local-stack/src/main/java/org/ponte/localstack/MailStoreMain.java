package org.ponte.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;

/** The local stack's SMTP server (GreenMail): every e-mail it receives is kept as an .eml file for viewing. */
public final class MailStoreMain {

    private MailStoreMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path directory = Path.of(args[1]);
        Files.createDirectories(directory);
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        GreenMail mail = new GreenMail(setup);
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "mail-store-stop"));
        System.out.println("SMTP on 127.0.0.1:" + port + ", e-mails kept in " + directory);
        // GreenMail lists messages mailbox by mailbox, not in arrival order: remember each by its Message-ID.
        Set<String> saved = new HashSet<>();
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
        while (true) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                String id = message.getMessageID() != null ? message.getMessageID() : "identity-" + System.identityHashCode(message);
                if (saved.add(id)) {
                    Path file = directory.resolve(stamp.format(LocalDateTime.now()) + "-" + saved.size() + ".eml");
                    try (OutputStream out = Files.newOutputStream(file)) {
                        message.writeTo(out);
                    }
                }
            }
            Thread.sleep(300);
        }
    }
}
