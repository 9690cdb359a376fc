package io.admitone.benchmarks.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Checks the Standard Webhooks signature of every n-th receipt of each subscription, after the run so that the
 * receiver never spends time on it: {@code v1,} and the Base64 HMAC-SHA256 of {@code id.timestamp.body} under the
 * secret's key, one of the space-separated signatures of the header matching.
 */
record SignatureSample(int checked, int failed) {

    private static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1,";

    static SignatureSample check(Map<String, List<Receipt>> receipts, Map<String, String> secrets, int every) {
        int checked = 0;
        int failed = 0;
        for (Map.Entry<String, List<Receipt>> subscription : receipts.entrySet()) {
            String secret = secrets.get(subscription.getKey());
            List<Receipt> received = subscription.getValue();
            for (int i = 0; every > 0 && i < received.size(); i += every) {
                checked++;
                if (secret == null || !signed(received.get(i), secret)) {
                    failed++;
                }
            }
        }
        return new SignatureSample(checked, failed);
    }

    private static boolean signed(Receipt receipt, String secret) {
        if (receipt.webhookId() == null || receipt.timestamp() == null || receipt.signature() == null) {
            return false;
        }
        byte[] expected = hmac(Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())),
                receipt.webhookId() + "." + receipt.timestamp() + ".", receipt.body());
        return Arrays.stream(receipt.signature().split(" "))
                .filter(signature -> signature.startsWith(VERSION))
                .anyMatch(signature -> MessageDigest.isEqual(expected, decoded(signature.substring(VERSION.length()))));
    }

    private static byte[] hmac(byte[] key, String prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", impossible);
        }
    }

    private static byte[] decoded(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
}
