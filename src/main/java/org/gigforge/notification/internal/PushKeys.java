package org.gigforge.notification.internal;

import com.interaso.webpush.VapidKeys;
import java.math.BigInteger;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A VAPID key pair in the form browsers and the Web Push libraries take: base64url of the raw key bytes. */
public record PushKeys(String publicKey, String privateKey) {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    static PushKeys of(VapidKeys keys) {
        return new PushKeys(URL.encodeToString(keys.getApplicationServerKey()),
                URL.encodeToString(fixedLength(keys.getPrivateKey().getS())));
    }

    VapidKeys vapid() {
        return VapidKeys.fromUncompressedBytes(publicKey, privateKey);
    }

    /**
     * The installation's pair from the database, made and stored by whichever node asks first; a node that loses
     * that race reads the winner's pair.
     */
    static PushKeys loadOrCreate(JdbcClient jdbc) {
        var made = of(VapidKeys.generate());
        jdbc.sql("insert into push_key (id, public_key, private_key) values (1, :public, :private) on conflict (id) do nothing")
                .param("public", made.publicKey()).param("private", made.privateKey()).update();
        return jdbc.sql("select public_key, private_key from push_key where id = 1")
                .query((row, n) -> new PushKeys(row.getString(1), row.getString(2))).single();
    }

    /** A P-256 private value as exactly 32 bytes (BigInteger drops leading zeros and may add a sign byte). */
    private static byte[] fixedLength(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length == 32) {
            return bytes;
        }
        byte[] fixed = new byte[32];
        int copy = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - copy, fixed, 32 - copy, copy);
        return fixed;
    }

    @Override
    public String toString() {
        return "PushKeys[publicKey=" + publicKey + ", privateKey=" + (privateKey.isEmpty() ? "" : "…") + "]";
    }
}
