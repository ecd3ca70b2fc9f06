// SHA-1's compression function on the CPU's SHA extensions. The Swift implementation in
// RecoveryModel is the reference and the fallback; this file only makes the same computation faster
// where the instructions exist.
#include "CSHA1.h"

#include <stdlib.h>

#if defined(__x86_64__)

#include <cpuid.h>
#include <immintrin.h>

int recovery_sha1_hardware_available(void) {
  unsigned int eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
  const int ssse3 = (ecx >> 9) & 1;
  const int sse41 = (ecx >> 19) & 1;
  if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
  const int sha = (ebx >> 29) & 1;
  return ssse3 && sse41 && sha;
}

#define RECOVERY_SHA1_TARGET __attribute__((target("sha,ssse3,sse4.1")))

/// Four rounds of group `group` (0-19): the round function and constant change every five groups,
/// and the instruction takes them as an immediate.
RECOVERY_SHA1_TARGET static inline __m128i four_rounds(__m128i abcd, __m128i e, int group) {
  switch (group / 5) {
  case 0: return _mm_sha1rnds4_epu32(abcd, e, 0);
  case 1: return _mm_sha1rnds4_epu32(abcd, e, 1);
  case 2: return _mm_sha1rnds4_epu32(abcd, e, 2);
  default: return _mm_sha1rnds4_epu32(abcd, e, 3);
  }
}

RECOVERY_SHA1_TARGET void recovery_sha1_compress_blocks(uint32_t state[5], const void *message, size_t blocks) {
  const uint8_t *data = message;
  // Reverses a block's 16 bytes: big-endian words, the first in the highest lane, as the
  // instructions hold A, B, C, D.
  const __m128i reverse = _mm_set_epi64x(0x0001020304050607ULL, 0x08090a0b0c0d0e0fULL);
  __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)state), 0x1B);
  __m128i e0 = _mm_set_epi32((int)state[4], 0, 0, 0);
  for (; blocks > 0; blocks--, data += 64) {
    const __m128i abcd_before = abcd;
    const __m128i e_before = e0;
    __m128i e1 = abcd;
    // The message schedule, four words to a register: group g reads words 4g to 4g+3 from
    // m[g % 4], and the registers are refilled with later words as the groups go.
    __m128i m[4];
    for (int i = 0; i < 4; i++) {
      m[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * i)), reverse);
    }
    for (int group = 0; group < 20; group++) {
      const __m128i w = m[group & 3];
      if (group == 0) {
        e0 = _mm_add_epi32(e0, w);
        e1 = abcd;
        abcd = four_rounds(abcd, e0, group);
      } else if (group & 1) {
        e1 = _mm_sha1nexte_epu32(e1, w);
        e0 = abcd;
        abcd = four_rounds(abcd, e1, group);
      } else {
        e0 = _mm_sha1nexte_epu32(e0, w);
        e1 = abcd;
        abcd = four_rounds(abcd, e0, group);
      }
      // W[t] = rotl1(W[t-3] ^ W[t-8] ^ W[t-14] ^ W[t-16]), in three steps per register.
      if (group >= 3 && group <= 18) m[(group + 1) & 3] = _mm_sha1msg2_epu32(m[(group + 1) & 3], w);
      if (group >= 2 && group <= 17) m[(group + 2) & 3] = _mm_xor_si128(m[(group + 2) & 3], w);
      if (group >= 1 && group <= 16) m[(group + 3) & 3] = _mm_sha1msg1_epu32(m[(group + 3) & 3], w);
    }
    e0 = _mm_sha1nexte_epu32(e0, e_before);
    abcd = _mm_add_epi32(abcd, abcd_before);
  }
  _mm_storeu_si128((__m128i *)state, _mm_shuffle_epi32(abcd, 0x1B));
  state[4] = (uint32_t)_mm_extract_epi32(e0, 3);
}

#else

int recovery_sha1_hardware_available(void) { return 0; }

void recovery_sha1_compress_blocks(uint32_t state[5], const void *data, size_t blocks) {
  // Never called: recovery_sha1_hardware_available() is 0 here.
  (void)state;
  (void)data;
  (void)blocks;
  abort();
}

#endif
