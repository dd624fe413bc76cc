import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type CheckpointFields, checkpointPayload } from './access-log-hashing';

/**
 * The Ed25519 key that signs access-log checkpoints. It lives in a file the database does not hold
 * (AUDIT_SIGNING_KEY_FILE), so a database owner who rewrites the sealed log cannot sign a matching
 * checkpoint.
 */
export interface CheckpointSigner {
  /** First 16 hex characters of sha256 over the public key (SPKI, DER); stored with each checkpoint. */
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** A public key that `audit verify` accepts, by key id. */
export interface CheckpointVerifier {
  keyId: string;
  publicKey: KeyObject;
}

/**
 * Reads the signing key from a PEM (PKCS#8) file.
 * @throws Error when the file is missing or does not hold an Ed25519 private key
 */
export function loadSigningKey(file: string): CheckpointSigner {
  const privateKey = createPrivateKey(fs.readFileSync(file));
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${file} does not hold an Ed25519 private key`);
  }
  return signerFromPrivateKey(privateKey);
}

/**
 * Reads the signing key, or creates one (mode 0600, directory 0700) when the file does not exist yet, as
 * on the first start of a demo install. Logs where the key is, and when it is the default key in DATA_DIR
 * that production should configure its own.
 */
export function loadOrCreateSigningKey(
  file: string,
  options: { configured: boolean; log: (line: string) => void },
): CheckpointSigner {
  const advice = options.configured
    ? ''
    : ' In production, set AUDIT_SIGNING_KEY_FILE to a key kept where the database owner can neither read nor write it.';
  if (!fs.existsSync(file)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // 'wx': never overwrite a key that appeared in the meantime (a second process starting at once).
    fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    options.log(`Audit: created checkpoint signing key ${file} (mode 0600).${advice}`);
    return loadSigningKey(file);
  }
  const signer = loadSigningKey(file);
  const mode = fs.statSync(file).mode;
  options.log(
    `Audit: checkpoints are signed with ${file} (key ${signer.keyId}).${advice}${
      (mode & 0o077) !== 0 ? ' Warning: the key file is readable by others than its owner (chmod 600).' : ''
    }`,
  );
  return signer;
}

/** A signer for an in-memory private key (tests, and keys from other sources). */
export function signerFromPrivateKey(privateKey: KeyObject): CheckpointSigner {
  const publicKey = createPublicKey(privateKey);
  return { keyId: keyIdOf(publicKey), privateKey, publicKey };
}

/** The key id of a public key: the first 16 hex characters of sha256 over its SPKI DER encoding. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** Signs a checkpoint's payload; returns the signature in base64. */
export function signCheckpoint(signer: CheckpointSigner, fields: CheckpointFields): string {
  return sign(null, Buffer.from(checkpointPayload(fields), 'utf8'), signer.privateKey).toString('base64');
}

/** Whether `signature` is a valid signature over the checkpoint by the key with `keyId`, if we know it. */
export function isCheckpointSignatureValid(
  verifiers: readonly CheckpointVerifier[],
  checkpoint: CheckpointFields & { keyId: string; signature: string },
): boolean {
  const key = verifiers.find((v) => v.keyId === checkpoint.keyId);
  if (!key) {
    return false;
  }
  try {
    return verify(
      null,
      Buffer.from(checkpointPayload(checkpoint), 'utf8'),
      key.publicKey,
      Buffer.from(checkpoint.signature, 'base64'),
    );
  } catch {
    return false;
  }
}
