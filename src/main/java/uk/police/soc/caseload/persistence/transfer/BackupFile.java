package uk.police.soc.caseload.persistence.transfer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The wrapping of a backup file: gzip, and for an encrypted database AES-256-GCM with a key derived from its
 * file password by PBKDF2-HMAC-SHA256 (random salt, 600,000 iterations) — the JDK's own, well-kept
 * implementations. An encrypted file starts with {@link #ENCRYPTED_MAGIC}, then the salt and the nonce.
 */
public final class BackupFile {

    static final byte[] ENCRYPTED_MAGIC = "SOCBAK-AESGCM-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupFile() {
    }

    /** Thrown when an encrypted backup is opened without its password or with a wrong one. */
    public static final class WrongPasswordException extends IOException {
        WrongPasswordException(String message) {
            super(message);
        }
    }

    /** Wraps {@code out}: what is written to the result is compressed, and encrypted when a password is given. */
    public static OutputStream writing(OutputStream out, char[] password) throws IOException {
        if (password == null) {
            return new GZIPOutputStream(out);
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        out.write(ENCRYPTED_MAGIC);
        out.write(salt);
        out.write(nonce);
        return new GZIPOutputStream(new CipherOutputStream(out, cipher(Cipher.ENCRYPT_MODE, password, salt, nonce)));
    }

    /** True when the stream (which must support mark) holds an encrypted backup. */
    public static boolean isEncrypted(InputStream in) throws IOException {
        in.mark(ENCRYPTED_MAGIC.length);
        byte[] head = in.readNBytes(ENCRYPTED_MAGIC.length);
        in.reset();
        return Arrays.equals(head, ENCRYPTED_MAGIC);
    }

    /** Unwraps a backup; {@code password} is needed (and checked) only when the file is encrypted. */
    public static InputStream reading(InputStream raw, char[] password) throws IOException {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw);
        if (!isEncrypted(in)) {
            return new GZIPInputStream(in);
        }
        if (password == null) {
            throw new WrongPasswordException("the backup is encrypted: its database password is needed");
        }
        in.readNBytes(ENCRYPTED_MAGIC.length);
        byte[] salt = in.readNBytes(SALT_BYTES);
        byte[] nonce = in.readNBytes(NONCE_BYTES);
        // GCM checks the whole file's tag before handing out any plaintext, so a wrong password or a changed
        // byte fails here rather than giving garbage.
        byte[] plain;
        try (CipherInputStream decrypted = new CipherInputStream(in, cipher(Cipher.DECRYPT_MODE, password, salt,
                nonce))) {
            plain = decrypted.readAllBytes();
        } catch (IOException e) {
            throw new WrongPasswordException("the backup's password is wrong, or the file was changed");
        }
        return new GZIPInputStream(new java.io.ByteArrayInputStream(plain));
    }

    private static Cipher cipher(int mode, char[] password, byte[] salt, byte[] nonce) throws IOException {
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, ITERATIONS, 256)).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up the backup's encryption: " + e.getMessage(), e);
        }
    }
}
