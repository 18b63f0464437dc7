// The _random module: the Mersenne Twister core that random.py builds on,
// bit-compatible with CPython's _random so a seed gives the same sequence.
//
// As in CPython, the split is: this native base class `_random.Random` owns
// the generator (seed, random, getrandbits, getstate, setstate) and
// stdlib/py/random.py subclasses it with everything else (randrange, choice,
// shuffle, sample, the distributions), written as CPython's algorithms so
// they consume the same words in the same order. `_randbelow`, the hot spot
// of choice/shuffle/randrange, is native here too but does exactly what
// CPython's _randbelow_with_getrandbits does (and calls an overriding
// getrandbits of a subclass when there is one).
//
// State: 624 words of MT19937 plus the position, kept in a private bytes
// object in the instance's __dict__ (the VM has no per-instance native
// storage). The bytes are mutated in place, which is safe because the object
// never escapes: getstate() returns a fresh tuple.
//
// Seeding follows CPython: an int seeds with the 32-bit words of its
// absolute value (init_by_array); a float with its hash; str/bytes (version
// 2) with int.from_bytes(s + sha512(s)); None with 624 words of OS
// randomness.
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include <gmp.h>

#include <cstring>
#include <string>
#include <vector>

#include "stdlib/sha512.h"
#include "stdlib/stdlib_modules.h"
#include "vm/instance.h"
#include "vm/bigint.h"
#include "vm/native.h"
#include "vm/numeric.h"

namespace capy {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfu;
constexpr uint32_t kUpperMask = 0x80000000u;
constexpr uint32_t kLowerMask = 0x7fffffffu;
constexpr const char* kStateKey = "_random__state";

struct MtState {
  uint32_t mt[kN];
  uint32_t index;
};

struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

// ---- MT19937 ---------------------------------------------------------------

void init_genrand(MtState& s, uint32_t seed) {
  s.mt[0] = seed;
  for (int i = 1; i < kN; i++) {
    s.mt[i] = 1812433253u * (s.mt[i - 1] ^ (s.mt[i - 1] >> 30)) + uint32_t(i);
  }
  s.index = kN;
}

void init_by_array(MtState& s, const uint32_t* key, size_t key_length) {
  init_genrand(s, 19650218u);
  size_t i = 1, j = 0;
  for (size_t k = (size_t(kN) > key_length ? size_t(kN) : key_length); k; k--) {
    s.mt[i] = (s.mt[i] ^ ((s.mt[i - 1] ^ (s.mt[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
    i++;
    j++;
    if (i >= size_t(kN)) {
      s.mt[0] = s.mt[kN - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (size_t k = kN - 1; k; k--) {
    s.mt[i] = (s.mt[i] ^ ((s.mt[i - 1] ^ (s.mt[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
    i++;
    if (i >= size_t(kN)) {
      s.mt[0] = s.mt[kN - 1];
      i = 1;
    }
  }
  s.mt[0] = 0x80000000u;  // guarantees a non-zero initial state
  s.index = kN;
}

uint32_t genrand(MtState& s) {
  if (s.index >= uint32_t(kN)) {
    auto twist = [&](int kk, int next, int far) {
      uint32_t y = (s.mt[kk] & kUpperMask) | (s.mt[next] & kLowerMask);
      s.mt[kk] = s.mt[far] ^ (y >> 1) ^ ((y & 1) ? kMatrixA : 0u);
    };
    int kk = 0;
    for (; kk < kN - kM; kk++) twist(kk, kk + 1, kk + kM);
    for (; kk < kN - 1; kk++) twist(kk, kk + 1, kk + (kM - kN));
    twist(kN - 1, 0, kM - 1);
    s.index = 0;
  }
  uint32_t y = s.mt[s.index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

double genrand_double(MtState& s) {
  uint32_t a = genrand(s) >> 5, b = genrand(s) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// k random bits (k > 0) into `out` as an int, CPython's getrandbits order:
// the first word drawn is the least significant; the last is shifted right.
Value random_bits(VM& vm, MtState& s, uint64_t k) {
  if (k <= 32) return Value::from_small_int(genrand(s) >> (32 - k));
  if (k <= 64) {
    uint64_t lo = genrand(s);
    uint64_t hi = genrand(s) >> (64 - k);
    uint64_t r = lo | (hi << 32);
    if (r <= uint64_t(Value::kMaxSmallInt)) return Value::from_small_int(int64_t(r));
    Mpz z;
    mpz_import(z.z, 1, -1, sizeof(uint64_t), 0, 0, &r);
    return int_from_mpz(vm, z.z);
  }
  size_t words = size_t((k - 1) / 32 + 1);
  std::vector<uint32_t> buf(words);
  for (size_t i = 0; i < words; i++, k -= 32) {
    uint32_t r = genrand(s);
    if (k < 32) r >>= (32 - k);
    buf[i] = r;
  }
  Mpz z;
  mpz_import(z.z, words, -1, sizeof(uint32_t), 0, 0, buf.data());
  return int_from_mpz(vm, z.z);
}

// ---- the state object ---------------------------------------------------------

MtState* find_state(VM& vm, Value self) {
  if (!is_kind(self, ObjKind::Instance)) return nullptr;
  Value b = instance_get(vm, static_cast<InstanceObj*>(self.as_obj()), vm.intern(kStateKey));
  if (!is_kind(b, ObjKind::Bytes) || static_cast<BytesObj*>(b.as_obj())->size != sizeof(MtState)) {
    return nullptr;
  }
  return reinterpret_cast<MtState*>(static_cast<BytesObj*>(b.as_obj())->data);
}

// The state of `self`, created (and seeded from the OS) on first use, as
// CPython's __new__ seeds every instance.
MtState* state_of(VM& vm, Value self);

void seed_from_os(MtState& s) {
  uint32_t key[kN];
  size_t got = 0;
  while (got < sizeof key) {
    ssize_t n = getrandom(reinterpret_cast<char*>(key) + got, sizeof key - got, 0);
    if (n <= 0) break;
    got += size_t(n);
  }
  if (got < sizeof key) {
    // No getrandom (or the sandbox forbids it): time and pid, as CPython's fallback.
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    key[0] = uint32_t(ts.tv_sec);
    key[1] = uint32_t(ts.tv_nsec);
    key[2] = uint32_t(getpid());
    clock_gettime(CLOCK_MONOTONIC, &ts);
    key[3] = uint32_t(ts.tv_nsec);
    init_by_array(s, key, 4);
    return;
  }
  init_by_array(s, key, kN);
}

MtState* state_of(VM& vm, Value self) {
  if (MtState* s = find_state(vm, self)) return s;
  if (!is_kind(self, ObjKind::Instance)) {
    vm.raise(vm.types.TypeError, "descriptor requires a '_random.Random' object but received a '%s'",
             std::string(vm.type_name(self)).c_str());
    return nullptr;
  }
  auto* b = vm.alloc<BytesObj>(ObjKind::Bytes, vm.types.bytes, sizeof(MtState) + 1);
  b->size = sizeof(MtState);
  b->data[sizeof(MtState)] = 0;
  Root keep(vm.heap, Value::from_obj(b));
  MtState* s = reinterpret_cast<MtState*>(b->data);
  seed_from_os(*s);
  if (!vm.set_attr(self, vm.intern(kStateKey), Value::from_obj(b))) return nullptr;
  return s;
}

// Seeds from a non-negative mpz: its 32-bit words, least significant first.
void seed_from_mpz(MtState& s, const mpz_t n) {
  size_t words = mpz_sgn(n) == 0 ? 1 : (mpz_sizeinbase(n, 2) + 31) / 32;
  std::vector<uint32_t> key(words, 0);
  size_t count = 0;
  mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, n);
  init_by_array(s, key.data(), words);
}

// ---- methods ------------------------------------------------------------------

Value random_seed(VM& vm, CallArgs a) {
  Value arg = Value::none(), version_v = Value::unbound();
  if (a.argc >= 2) arg = a.argv[1];
  if (a.argc >= 3) version_v = a.argv[2];
  TRY_FLAG(parse_kwargs(vm, a, "seed", {"a", "version"}, {&arg, &version_v}));
  int64_t version = 2;
  if (!version_v.is_unbound()) TRY_FLAG(int_value(vm, version_v, version));
  MtState* s = state_of(vm, a.argv[0]);
  if (!s) return Value::error();
  Mpz n;
  if (arg.is_none()) {
    seed_from_os(*s);
    return Value::none();
  }
  if (is_str(arg) || is_kind(arg, ObjKind::Bytes)) {
    std::string_view data = is_str(arg) ? as_str(arg)->view()
                                        : std::string_view(static_cast<BytesObj*>(arg.as_obj())->data,
                                                           static_cast<BytesObj*>(arg.as_obj())->size);
    if (version == 1) {
      // The pre-3.2 string hash: over code points (bytes count as latin-1).
      std::vector<uint32_t> cps;
      if (is_str(arg)) {
        for (size_t i = 0; i < data.size();) {
          unsigned char c = uint8_t(data[i]);
          int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
          uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
          for (int j = 1; j < len; j++) cp = (cp << 6) | (uint8_t(data[i + j]) & 0x3F);
          cps.push_back(cp);
          i += size_t(len);
        }
      } else {
        for (char c : data) cps.push_back(uint8_t(c));
      }
      uint64_t x = cps.empty() ? 0 : uint64_t(cps[0]) << 7;
      for (uint32_t c : cps) x = (1000003u * x) ^ c;
      x ^= uint64_t(cps.size());
      mpz_import(n.z, 1, -1, sizeof(uint64_t), 0, 0, &x);
    } else if (version == 2) {
      std::array<uint8_t, 64> digest = sha512(data);
      std::string all(data);
      all.append(reinterpret_cast<const char*>(digest.data()), digest.size());
      mpz_import(n.z, all.size(), 1, 1, 1, 0, all.data());
    } else {
      // Other versions fall through to hashing, as CPython's _random does.
      int64_t h;
      TRY_FLAG(vm.hash(arg, h));
      uint64_t u = uint64_t(h);
      mpz_import(n.z, 1, -1, sizeof(uint64_t), 0, 0, &u);
    }
  } else if (is_int(arg)) {
    if (arg.is_small_int() || arg.is_bool()) {
      int64_t v = arg.is_bool() ? arg.is_true() : arg.as_small_int();
      mpz_set_si(n.z, v);
    } else {
      mpz_set(n.z, as_bigint(arg)->z);
    }
    mpz_abs(n.z, n.z);
  } else if (arg.is_double()) {
    uint64_t u = uint64_t(hash_double(arg.as_double()));
    mpz_import(n.z, 1, -1, sizeof(uint64_t), 0, 0, &u);
  } else {
    return vm.raise(vm.types.TypeError,
                    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  // state_of may have allocated; find the state again in case the GC ran.
  s = state_of(vm, a.argv[0]);
  seed_from_mpz(*s, n.z);
  return Value::none();
}

Value random_random(VM& vm, CallArgs a) {
  MtState* s = state_of(vm, a.argv[0]);
  if (!s) return Value::error();
  return Value::from_double(genrand_double(*s));
}

bool bits_arg(VM& vm, Value v, uint64_t& k) {
  int64_t n;
  if (!int_value(vm, v, n)) return false;
  if (n < 0) {
    vm.raise(vm.types.ValueError, "number of bits must be non-negative");
    return false;
  }
  k = uint64_t(n);
  return true;
}

Value random_getrandbits(VM& vm, CallArgs a) {
  uint64_t k;
  TRY_FLAG(bits_arg(vm, a.argv[1], k));
  MtState* s = state_of(vm, a.argv[0]);
  if (!s) return Value::error();
  if (k == 0) return Value::from_small_int(0);
  if (k > (uint64_t(1) << 34)) return vm.raise_memory_error();
  return random_bits(vm, *s, k);
}

// _randbelow(n): getrandbits(n.bit_length()) until the draw is below n.
Value random_randbelow(VM& vm, CallArgs a) {
  Value self = a.argv[0], n = a.argv[1];
  if (!is_int(n)) {
    return vm.raise(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                    std::string(vm.type_name(n)).c_str());
  }
  uint64_t k = int_bit_length(n);
  Value own = vm.lookup_in_type(vm.type_of(self), vm.intern("getrandbits"));
  bool native = is_kind(own, ObjKind::NativeFunction) &&
                static_cast<NativeFunctionObj*>(own.as_obj())->fn == random_getrandbits;
  Value bits = Value::from_small_int(int64_t(k));
  for (;;) {
    Value r;
    if (native) {
      MtState* s = state_of(vm, self);
      if (!s) return Value::error();
      r = k == 0 ? Value::from_small_int(0) : TRY(random_bits(vm, *s, k));
    } else {
      r = TRY(vm.call(own, {self, bits}));
      if (!is_int(r)) return r;  // whatever a subclass returns, compared by the caller
    }
    if (int_compare(r, n) < 0) return r;
    if (k == 0) return r;  // n <= 0: CPython would loop; callers never pass it
  }
}

Value random_getstate(VM& vm, CallArgs a) {
  MtState* s = state_of(vm, a.argv[0]);
  if (!s) return Value::error();
  TupleObj* t = vm.new_tuple(kN + 1);
  s = state_of(vm, a.argv[0]);
  for (int i = 0; i < kN; i++) t->items[i] = Value::from_small_int(s->mt[i]);
  t->items[kN] = Value::from_small_int(s->index);
  return Value::from_obj(t);
}

Value random_setstate(VM& vm, CallArgs a) {
  Value st = a.argv[1];
  if (!is_tuple(st)) return vm.raise(vm.types.TypeError, "state vector must be a tuple");
  TupleObj* t = as_tuple(st);
  if (t->size != kN + 1) return vm.raise(vm.types.ValueError, "state vector is the wrong size");
  MtState tmp;
  for (int i = 0; i <= kN; i++) {
    Value v = t->items[i];
    if (!is_int(v) || int_sign(v) < 0 || int_bit_length(v) > 32) {
      if (!is_int(v)) {
        return vm.raise(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
                        std::string(vm.type_name(v)).c_str());
      }
      return vm.raise(vm.types.OverflowError, "Python int too large to convert to C unsigned long");
    }
    uint32_t w = uint32_t(v.is_bool() ? v.is_true() : v.as_small_int());
    if (i < kN) tmp.mt[i] = w;
    else tmp.index = w;
  }
  if (tmp.index > uint32_t(kN)) return vm.raise(vm.types.ValueError, "invalid state");
  MtState* s = state_of(vm, a.argv[0]);
  if (!s) return Value::error();
  *s = tmp;
  return Value::none();
}

const NativeDef kMethods[] = {
    {"seed", random_seed, 1, 3, true},
    {"random", random_random, 1, 1},
    {"getrandbits", random_getrandbits, 2, 2},
    {"_randbelow", random_randbelow, 2, 2},
    {"getstate", random_getstate, 1, 1},
    {"setstate", random_setstate, 2, 2},
};

}  // namespace

ModuleObj* make_random_native_module(VM& vm) {
  ModuleObj* m = vm.new_module("_random");
  Root keep(vm.heap, Value::from_obj(m));
  TypeObj* t = vm.new_type("Random", vm.types.object, ObjKind::Instance, TypeObj::kBaseType);
  Root keep_t(vm.heap, Value::from_obj(t));
  t->module = vm.intern("_random");
  t->qualname = t->name;
  add_methods(vm, t, kMethods);
  dict_set_str(vm, m->dict, vm.intern("Random"), Value::from_obj(t));
  return m;
}

}  // namespace capy
