// SHA-512 (FIPS 180-4).
//
// The round constants and the initial hash are derived, not tabulated: they
// are the first 64 bits of the fractional parts of the cube roots of the
// first 80 primes and of the square roots of the first 8 primes. GMP's exact
// integer roots compute them once (floor(root(p * 2**(64*n)))), which keeps
// 88 magic numbers out of the source and makes them checkable by reading.
#include "stdlib/sha512.h"

#include <gmp.h>

#include <cstring>

namespace capy {

namespace {

struct Constants {
  uint64_t k[80];
  uint64_t h0[8];

  Constants() {
    uint32_t primes[80];
    int n = 0;
    for (uint32_t c = 2; n < 80; c++) {
      bool prime = true;
      for (int i = 0; i < n && primes[i] * primes[i] <= c; i++) {
        if (c % primes[i] == 0) prime = false;
      }
      if (prime) primes[n++] = c;
    }
    mpz_t x;
    mpz_init(x);
    for (int i = 0; i < 80; i++) k[i] = frac_root(x, primes[i], 3);
    for (int i = 0; i < 8; i++) h0[i] = frac_root(x, primes[i], 2);
    mpz_clear(x);
  }

  // The low 64 bits of floor(root(p) * 2**64), computed exactly.
  static uint64_t frac_root(mpz_t x, uint32_t p, unsigned long degree) {
    mpz_set_ui(x, p);
    mpz_mul_2exp(x, x, 64 * degree);
    mpz_root(x, x, degree);
    uint64_t lo = 0;
    size_t count = 0;
    uint64_t words[4] = {0, 0, 0, 0};
    mpz_export(words, &count, -1, sizeof(uint64_t), 0, 0, x);
    lo = words[0];
    return lo;
  }
};

const Constants& constants() {
  static const Constants c;
  return c;
}

inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

void compress(uint64_t state[8], const uint8_t block[128], const uint64_t k[80]) {
  uint64_t w[80];
  for (int t = 0; t < 16; t++) {
    uint64_t v = 0;
    for (int b = 0; b < 8; b++) v = (v << 8) | block[t * 8 + b];
    w[t] = v;
  }
  for (int t = 16; t < 80; t++) {
    uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
    uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  uint64_t a = state[0], b = state[1], c = state[2], d = state[3];
  uint64_t e = state[4], f = state[5], g = state[6], h = state[7];
  for (int t = 0; t < 80; t++) {
    uint64_t big_s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
    uint64_t ch = (e & f) ^ (~e & g);
    uint64_t t1 = h + big_s1 + ch + k[t] + w[t];
    uint64_t big_s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
    uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
    uint64_t t2 = big_s0 + maj;
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  state[0] += a;
  state[1] += b;
  state[2] += c;
  state[3] += d;
  state[4] += e;
  state[5] += f;
  state[6] += g;
  state[7] += h;
}

}  // namespace

std::array<uint8_t, 64> sha512(std::string_view data) {
  const Constants& c = constants();
  uint64_t state[8];
  std::memcpy(state, c.h0, sizeof state);
  size_t full = data.size() / 128;
  for (size_t i = 0; i < full; i++) {
    compress(state, reinterpret_cast<const uint8_t*>(data.data()) + i * 128, c.k);
  }
  // Padding: 0x80, zeros, then the bit length as a 128-bit big-endian number.
  uint8_t tail[256] = {};
  size_t rest = data.size() - full * 128;
  std::memcpy(tail, data.data() + full * 128, rest);
  tail[rest] = 0x80;
  size_t tail_len = rest + 1 + 16 <= 128 ? 128 : 256;
  uint64_t bits = uint64_t(data.size()) * 8;
  uint64_t bits_hi = uint64_t(data.size()) >> 61;
  for (int b = 0; b < 8; b++) {
    tail[tail_len - 1 - b] = uint8_t(bits >> (8 * b));
    tail[tail_len - 9 - b] = uint8_t(bits_hi >> (8 * b));
  }
  for (size_t off = 0; off < tail_len; off += 128) compress(state, tail + off, c.k);
  std::array<uint8_t, 64> out;
  for (int i = 0; i < 8; i++) {
    for (int b = 0; b < 8; b++) out[i * 8 + b] = uint8_t(state[i] >> (56 - 8 * b));
  }
  return out;
}

}  // namespace capy
