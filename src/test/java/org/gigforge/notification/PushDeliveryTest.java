package org.gigforge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.notification.internal.Notifier;
import org.gigforge.notification.internal.PushDelivery;
import org.gigforge.platform.InvalidInputException;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.jobs.states.StateName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Web Push against a push service of our own on 127.0.0.1: what arrives is encrypted for the browser (RFC 8291)
 * and signed with the installation's VAPID key, and decrypts to the notification in the member's words; a browser
 * the push service reports gone is forgotten; preferences and other members' browsers are respected.
 */
@GigforgeTest
class PushDeliveryTest {

    @Autowired PushService push;
    @Autowired PushDelivery delivery;
    @Autowired Notifier notifier;
    @Autowired NotificationPreferences preferences;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired StorageProvider jobs;

    private HttpServer server;
    private final List<Map.Entry<String, byte[]>> received = new CopyOnWriteArrayList<>();
    private final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startPushService() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(Map.entry(exchange.getRequestURI().getPath(), body));
            headers.add(Map.copyOf(exchange.getRequestHeaders()));
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().startsWith("/gone") ? 410 : 201, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        TestAccounts.signOut();
    }

    @Test
    void a_notification_reaches_each_browser_encrypted_and_a_gone_browser_is_forgotten() throws Exception {
        String email = TestAccounts.uniqueEmail("push");
        accounts.signUp(new SignUpRequest("Pia Push", email, "copper kettle mountain", Role.FREELANCER),
                java.util.Locale.GERMAN);
        AccountPrincipal member = TestAccounts.signInAs(users, email);
        var phone = Browser.create();
        push.subscribe(endpoint("/ok/phone"), phone.p256dh(), phone.auth(), "Phone");
        push.subscribe(endpoint("/gone/laptop"), Browser.create().p256dh(), Browser.create().auth(), "Laptop");
        assertThat(push.myBrowsers()).isEqualTo(2);

        var notification = notifier.notify(member.userId(), NotificationType.OFFER_RECEIVED, "notification.offer-received",
                List.of("Quarzbau GmbH", "Shop relaunch"), "contracts", "").orElseThrow();
        assertThat(delivery.send(notification.id().value())).isEqualTo(1);

        assertThat(received).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("/ok/phone", "/gone/laptop");
        var toPhone = received.stream().filter(r -> r.getKey().equals("/ok/phone")).findFirst().orElseThrow().getValue();
        var phoneHeaders = headers.get(received.stream().map(Map.Entry::getKey).toList().indexOf("/ok/phone"));
        assertThat(phoneHeaders.get("Authorization").getFirst()).startsWith("vapid t=").contains("k="
                + push.applicationServerKey().orElseThrow());
        assertThat(phoneHeaders.get("Content-encoding")).containsExactly("aes128gcm");
        assertThat(phoneHeaders.get("Ttl")).containsExactly("86400");
        assertThat(new String(toPhone, StandardCharsets.ISO_8859_1)).doesNotContain("Quarzbau");

        String shown = phone.decrypt(toPhone);
        assertThat(shown).contains("\"title\":\"Gigforge\"").contains("Quarzbau GmbH").contains("\"url\":\"/contracts\"");
        assertThat(shown).as("in the member's language").contains("Vertragsangebot");

        // The push service said the laptop is gone: it is not tried again.
        assertThat(push.myBrowsers()).isEqualTo(1);
    }

    @Test
    void preferences_decide_whether_push_is_queued_and_others_cannot_remove_a_browser() {
        String email = TestAccounts.uniqueEmail("push.prefs");
        accounts.signUp(new SignUpRequest("Paul Prefs", email, "copper kettle mountain", Role.FREELANCER),
                java.util.Locale.ENGLISH);
        AccountPrincipal member = TestAccounts.signInAs(users, email);
        var browser = Browser.create();
        push.subscribe(endpoint("/ok/prefs"), browser.p256dh(), browser.auth(), "Phone");

        long before = jobs.countJobs(StateName.ENQUEUED);
        notifier.notify(member.userId(), NotificationType.OFFER_RECEIVED, "notification.offer-received",
                List.of("A client", "A job"), "contracts", "");
        assertThat(jobs.countJobs(StateName.ENQUEUED)).isEqualTo(before + 1);

        preferences.set(NotificationType.OFFER_RECEIVED, Channel.PUSH, false);
        notifier.notify(member.userId(), NotificationType.OFFER_RECEIVED, "notification.offer-received",
                List.of("A client", "Another job"), "contracts", "");
        assertThat(jobs.countJobs(StateName.ENQUEUED)).as("push switched off for offers").isEqualTo(before + 1);

        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        push.unsubscribe(endpoint("/ok/prefs"));
        TestAccounts.signInAs(users, email);
        assertThat(push.myBrowsers()).as("another member cannot remove it").isEqualTo(1);
        push.unsubscribe(endpoint("/ok/prefs"));
        assertThat(push.myBrowsers()).isZero();
    }

    @Test
    void bad_subscriptions_are_refused_with_the_field_named() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        var browser = Browser.create();
        assertThatThrownBy(() -> push.subscribe("ftp://127.0.0.1/x", browser.p256dh(), browser.auth(), ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("endpoint"));
        assertThatThrownBy(() -> push.subscribe(endpoint("/ok/x"), "not-a-key", browser.auth(), ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("p256dh"));
        assertThatThrownBy(() -> push.subscribe(endpoint("/ok/x"), browser.p256dh(), "c2hvcnQ", ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("auth"));
    }

    private String endpoint(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A browser's side of Web Push: its P-256 key pair and auth secret, and decryption of what it receives. */
    private record Browser(KeyPair keys, byte[] secret) {

        private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

        static Browser create() {
            try {
                var generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                byte[] secret = new byte[16];
                new SecureRandom().nextBytes(secret);
                return new Browser(generator.generateKeyPair(), secret);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        String p256dh() {
            return URL.encodeToString(uncompressed((ECPublicKey) keys.getPublic()));
        }

        String auth() {
            return URL.encodeToString(secret);
        }

        /** RFC 8291 with RFC 8188's aes128gcm: one record, the sender's key in the header. */
        String decrypt(byte[] body) throws Exception {
            var in = ByteBuffer.wrap(body);
            byte[] salt = new byte[16];
            in.get(salt);
            in.getInt();
            byte[] senderKey = new byte[in.get()];
            in.get(senderKey);
            byte[] cipherText = new byte[in.remaining()];
            in.get(cipherText);

            var params = ((ECPublicKey) keys.getPublic()).getParams();
            var sender = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(
                    new BigInteger(1, Arrays.copyOfRange(senderKey, 1, 33)),
                    new BigInteger(1, Arrays.copyOfRange(senderKey, 33, 65))), params));
            var agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(keys.getPrivate());
            agreement.doPhase(sender, true);
            byte[] shared = agreement.generateSecret();

            byte[] mine = uncompressed((ECPublicKey) keys.getPublic());
            byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), mine, senderKey);
            byte[] ikm = expand(hmac(secret, shared), keyInfo, 32);
            byte[] prk = hmac(salt, ikm);
            byte[] cek = expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            byte[] nonce = expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] padded = cipher.doFinal(cipherText);
            int end = padded.length - 1;
            while (padded[end] == 0) {
                end--;
            }
            return new String(padded, 0, end, StandardCharsets.UTF_8);
        }

        private static byte[] uncompressed(ECPublicKey key) {
            return concat(new byte[] {4}, fixed(key.getW().getAffineX()), fixed(key.getW().getAffineY()));
        }

        private static byte[] fixed(BigInteger value) {
            byte[] bytes = value.toByteArray();
            byte[] out = new byte[32];
            int copy = Math.min(bytes.length, 32);
            System.arraycopy(bytes, bytes.length - copy, out, 32 - copy, copy);
            return out;
        }

        private static byte[] hmac(byte[] key, byte[] data) throws Exception {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        }

        private static byte[] expand(byte[] prk, byte[] info, int length) throws Exception {
            return Arrays.copyOf(hmac(prk, concat(info, new byte[] {1})), length);
        }

        private static byte[] concat(byte[]... parts) {
            var out = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
            for (byte[] part : parts) {
                out.put(part);
            }
            return out.array();
        }
    }
}
