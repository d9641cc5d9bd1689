import { parseOptions, required } from './args';
import { exportPublicKey, fromBase64, generateSigningKeys, keyIdOf, SIGNATURE_ALGORITHM, toBase64 } from '../utils/lists/signature';
import { EXIT, type Io } from './io';
import { writeSigningKeyFile } from './signing-key';
import { KEYGEN_USAGE } from './usage';

const COMMAND = 'list keygen';

export async function keygenCommand(argv: readonly string[], io: Io): Promise<number> {
  const { help, values } = parseOptions(argv, ['out'], COMMAND);
  if (help) {
    await io.stdout(KEYGEN_USAGE);
    return EXIT.ok;
  }
  const out = required(values, 'out', COMMAND);
  const pair = await generateSigningKeys();
  const publicKey = await exportPublicKey(pair.publicKey);
  const privateKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)));
  const keyId = await keyIdOf(fromBase64(publicKey));
  await writeSigningKeyFile(out, { algorithm: SIGNATURE_ALGORITHM, keyId, publicKey, privateKey });
  await io.stdout(
    `public key: ${publicKey}\n` +
      `key id: ${keyId}\n` +
      `Give subscribers the public key above; keep ${out} secret and offline: whoever holds it can sign lists in your name.\n`,
  );
  return EXIT.ok;
}
