#ifndef RECOVERY_CSHA1_H
#define RECOVERY_CSHA1_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the SHA extensions (x86-64 SHA-NI, with SSSE3 and SSE4.1) that
/// recovery_sha1_compress_blocks uses: 1 or 0. Always 0 on other architectures.
int recovery_sha1_hardware_available(void);

/// Compresses `blocks` 64-byte blocks at `data` into the five SHA-1 state words at `state`, with the
/// CPU's SHA instructions. Call only when recovery_sha1_hardware_available() returned 1.
void recovery_sha1_compress_blocks(uint32_t state[5], const void *data, size_t blocks);

#endif
