/**
 * Deterministic stand-ins for the API server's random choices. Upstream, `generateName` appends 5 random
 * characters from an alphabet without vowels and look-alikes (apimachinery util/rand SafeEncodeString), and
 * UIDs are random v4 UUIDs. kubeplan derives both from a seed (the object's key and role), so two runs give
 * byte-identical plans and a pod keeps its name between the base and the head of a change.
 */
import { createHash } from 'node:crypto';
import type { NameGenerator } from './types.js';

/** apimachinery's rand alphabet: no vowels (no accidental words), no 0/1/3 (look-alikes). */
const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

function digest(seed: string): Buffer {
  return createHash('sha256').update(seed).digest();
}

export function createNameGenerator(): NameGenerator {
  return {
    suffix(seed: string): string {
      const bytes = digest(`suffix\0${seed}`);
      let out = '';
      for (let i = 0; i < 5; i++) out += ALPHABET[(bytes[i] as number) % ALPHABET.length];
      return out;
    },
    uid(seed: string): string {
      const hex = digest(`uid\0${seed}`).toString('hex');
      // RFC 4122 shape, version 4 and variant bits set like a random UUID.
      const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}
