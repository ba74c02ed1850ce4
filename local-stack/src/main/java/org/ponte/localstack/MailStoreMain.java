package org.ponte.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

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
        int saved = 0;
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
        while (true) {
            MimeMessage[] received = mail.getReceivedMessages();
            for (; saved < received.length; saved++) {
                Path file = directory.resolve(stamp.format(LocalDateTime.now()) + "-" + (saved + 1) + ".eml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    received[saved].writeTo(out);
                }
            }
            Thread.sleep(300);
        }
    }
}
