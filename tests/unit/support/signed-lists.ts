import { exportPublicKey, generateSigningKeys, signList } from '@/utils/lists/signature';
import type { HoaxEntry, HoaxList } from '@/utils/lists/hoax-list';

export interface Publisher {
  keys: CryptoKeyPair;
  publicKey: string;
  sign<T extends object>(list: T): Promise<string>;
}

export async function makePublisher(): Promise<Publisher> {
  const keys = await generateSigningKeys();
  const publicKey = await exportPublicKey(keys.publicKey);
  return { keys, publicKey, sign: async (list) => JSON.stringify(await signList(list, keys.privateKey, publicKey), null, 2) };
}

export const hoaxEntry = (id: string, claim: string): HoaxEntry => ({ id, claim, verdict: 'false', sources: [{ publisher: 'Cek Fakta Uji', url: `https://cekfakta.example/${id}` }] });

export function hoaxList(version: number, entries: HoaxEntry[], overrides: Partial<HoaxList> = {}): HoaxList {
  return { kind: 'hoaxes', formatVersion: 1, listId: 'uji-hoaks', name: 'Uji hoaks', publisher: 'Cek Fakta Uji', version, languages: ['id'], expires: '2099-01-01T00:00:00Z', entries, ...overrides };
}
