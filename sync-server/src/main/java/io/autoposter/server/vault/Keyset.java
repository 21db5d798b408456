package io.autoposter.server.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig2026;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One version of the shared Tink keyset, decrypted, with its AEAD: immutable, so a thread that
 * encrypts with it records exactly the key it used. Key ids are Tink's 32-bit ids read as unsigned.
 */
record Keyset(long version, KeysetHandle handle, Aead aead) {
  /** Binds the encrypted keyset to its purpose, so no other blob under the master key fits. */
  private static final byte[] KEYSET_ASSOCIATED_DATA =
      "autoposter|vault|keyset".getBytes(StandardCharsets.UTF_8);

  /** A first keyset: one AES-256-GCM key, primary. */
  static Keyset generate() {
    try {
      return of(0, KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, config()));
    } catch (GeneralSecurityException e) {
      throw new VaultException("cannot generate a Tink keyset", e);
    }
  }

  static Keyset decrypt(long version, String encrypted, Aead masterKey) {
    try {
      return of(
          version,
          TinkJsonProtoKeysetFormat.parseEncryptedKeyset(
              encrypted, masterKey, KEYSET_ASSOCIATED_DATA, config()));
    } catch (GeneralSecurityException e) {
      throw new VaultException(
          "The master key does not open the vault keyset stored in the database: this is not the"
              + " master key the keyset was created with. Start the server with that master key"
              + " (see docs/token-vault.md); a new one cannot read the stored tokens.",
          e);
    }
  }

  String encrypt(Aead masterKey) {
    try {
      return TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(
          handle, masterKey, KEYSET_ASSOCIATED_DATA, config());
    } catch (GeneralSecurityException e) {
      throw new VaultException("cannot encrypt the vault keyset", e);
    }
  }

  long primaryKeyId() {
    return Integer.toUnsignedLong(handle.getPrimary().getId());
  }

  boolean contains(long keyId) {
    return keyIds().contains(keyId);
  }

  /** Every key id, in keyset order. */
  List<Long> keyIds() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < handle.size(); i++) {
      ids.add(Integer.toUnsignedLong(handle.getAt(i).getId()));
    }
    return ids;
  }

  /** This keyset plus a new AES-256-GCM key, enabled but not primary (rotation step 1). */
  Keyset withNewKey() {
    return edit(
        builder ->
            builder.addEntry(
                KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId()));
  }

  /** This keyset with {@code keyId} primary (rotation step 2). */
  Keyset withPrimary(long keyId) {
    int index = indexOf(keyId);
    return edit(builder -> builder.getAt(index).makePrimary());
  }

  /** This keyset without {@code keyId}, its key material gone (rotation step 4). */
  Keyset without(long keyId) {
    int index = indexOf(keyId);
    return edit(builder -> builder.deleteAt(index));
  }

  private int indexOf(long keyId) {
    int index = keyIds().indexOf(keyId);
    if (index < 0) {
      throw new VaultException("The keyset has no key " + keyId + "; `vault status` lists them.");
    }
    return index;
  }

  private Keyset edit(Consumer<KeysetHandle.Builder> change) {
    KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
    change.accept(builder);
    try {
      return of(version, builder.setConfiguration(config()).build());
    } catch (GeneralSecurityException e) {
      throw new VaultException("cannot change the vault keyset", e);
    }
  }

  private static Keyset of(long version, KeysetHandle handle) throws GeneralSecurityException {
    return new Keyset(version, handle, handle.getPrimitive(config(), Aead.class));
  }

  private static com.google.crypto.tink.Configuration config() {
    return AeadConfig2026.get();
  }

  @Override
  public String toString() {
    return "Keyset[version=%d, primary=%d, keys=%s]".formatted(version, primaryKeyId(), keyIds());
  }
}
