import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The tag `oci:<dir>:latest` resolves to, via the ref.name annotation in index.json. */
export const OCI_TAG = 'latest';

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
}

/**
 * Writes the smallest image an OCI client will copy: an image layout (oci-layout, index.json,
 * blobs/sha256/) holding one manifest, one config and one layer that is a gzip of an empty tar.
 * Built in process so the tests need no image download and no Docker engine.
 */
export function writeMinimalOciLayout(dir: string): void {
  const blobDir = join(dir, 'blobs', 'sha256');
  mkdirSync(blobDir, { recursive: true });

  // Content-addressed: every blob is stored under its own sha256 and referenced by a descriptor
  // whose digest and size a client verifies on copy.
  const writeBlob = (mediaType: string, bytes: Buffer): Descriptor => {
    const hex = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(join(blobDir, hex), bytes);
    return { mediaType, digest: `sha256:${hex}`, size: bytes.length };
  };

  // An empty tar archive is two 512-byte zero blocks (the end-of-archive marker).
  const emptyTar = Buffer.alloc(1024);
  const layer = writeBlob('application/vnd.oci.image.layer.v1.tar+gzip', gzipSync(emptyTar));

  const config = writeBlob(
    'application/vnd.oci.image.config.v1+json',
    Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        config: {},
        // diff_ids name the UNcompressed layer contents.
        rootfs: { type: 'layers', diff_ids: [`sha256:${createHash('sha256').update(emptyTar).digest('hex')}`] },
      }),
    ),
  );

  const manifest = writeBlob(
    'application/vnd.oci.image.manifest.v1+json',
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config,
        layers: [layer],
      }),
    ),
  );

  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [{ ...manifest, annotations: { 'org.opencontainers.image.ref.name': OCI_TAG } }],
    }),
  );
}
