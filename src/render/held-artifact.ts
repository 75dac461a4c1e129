import type { Artifact } from './types.js';

/**
 * An artifact held as its UTF-8 bytes; its `text` is decoded when read (tests, `generate --check`),
 * the writer takes the bytes as they are. `bytes` is not enumerable: a copy (`{ ...a }`, JSON) is a
 * plain text artifact, so a copy with another text never carries the old bytes.
 */
export function bytesArtifact(path: string, bytes: Uint8Array): Artifact {
  const artifact = {
    path,
    get text() {
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    },
  } as Artifact;
  Object.defineProperty(artifact, 'bytes', { value: bytes, enumerable: false });
  return artifact;
}

/**
 * An artifact held as its UTF-8 bytes in pieces (`chunks`, not enumerable, like `bytes`): written
 * piece by piece; its `text` is decoded when read.
 */
export function chunksArtifact(path: string, chunks: readonly Uint8Array[]): Artifact {
  const artifact = {
    path,
    get text() {
      return Buffer.concat(chunks).toString('utf8');
    },
  } as Artifact;
  Object.defineProperty(artifact, 'chunks', { value: chunks, enumerable: false });
  return artifact;
}
