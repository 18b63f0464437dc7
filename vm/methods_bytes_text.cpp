// The methods of bytes and bytearray that treat the bytes as ASCII text: case mapping
// (upper, lower, swapcase, capitalize, title), the is* predicates, padding (center,
// ljust, rjust, zfill, expandtabs), hex()/fromhex() and translate()/maketrans().
//
// CPython's bytes methods look only at ASCII: bytes 0x80-0xFF are neither letters, digits
// nor space and are never case-mapped, whatever the locale. Results have the receiver's
// family (see methods_bytes.h).
#include <cstring>
#include <string>

#include "vm/bigint.h"
#include "vm/methods_bytes.h"
#include "vm/str_util.h"
#include "vm/unicode.h"

namespace capy {

namespace {

#define SELF(name) TRY_FLAG(bytes_self(vm, a, name))

char to_upper(char c) { return byte_islower(uint8_t(c)) ? char(c - 32) : c; }
char to_lower(char c) { return byte_isupper(uint8_t(c)) ? char(c + 32) : c; }

// ---- case mapping ---------------------------------------------------------------------------

enum class Case : uint8_t { kUpper, kLower, kSwap, kCapitalize, kTitle };

Value map_case(VM& vm, CallArgs a, const char* name, Case how) {
  SELF(name);
  std::string out(bytes_view(a.argv[0]));
  bool prev_cased = false;
  for (size_t i = 0; i < out.size(); i++) {
    char c = out[i];
    switch (how) {
      case Case::kUpper: c = to_upper(c); break;
      case Case::kLower: c = to_lower(c); break;
      case Case::kSwap: c = byte_islower(uint8_t(c)) ? to_upper(c) : to_lower(c); break;
      case Case::kCapitalize: c = i == 0 ? to_upper(c) : to_lower(c); break;
      case Case::kTitle:
        // A letter starts a word when the byte before it is not a letter.
        c = prev_cased ? to_lower(c) : to_upper(c);
        prev_cased = byte_isalpha(uint8_t(c));
        break;
    }
    out[i] = c;
  }
  return new_bytes_like(vm, a.argv[0], out);
}

Value b_upper(VM& vm, CallArgs a) { return map_case(vm, a, "upper", Case::kUpper); }
Value b_lower(VM& vm, CallArgs a) { return map_case(vm, a, "lower", Case::kLower); }
Value b_swapcase(VM& vm, CallArgs a) { return map_case(vm, a, "swapcase", Case::kSwap); }
Value b_capitalize(VM& vm, CallArgs a) { return map_case(vm, a, "capitalize", Case::kCapitalize); }
Value b_title(VM& vm, CallArgs a) { return map_case(vm, a, "title", Case::kTitle); }

// ---- predicates -----------------------------------------------------------------------------

// True when the bytes are non-empty and every byte satisfies `pred`.
template <bool (*Pred)(unsigned char)>
Value all_bytes(VM& vm, CallArgs a, const char* name) {
  SELF(name);
  std::string_view data = bytes_view(a.argv[0]);
  if (data.empty()) return Value::boolean(false);
  for (char c : data) {
    if (!Pred(uint8_t(c))) return Value::boolean(false);
  }
  return Value::boolean(true);
}

bool is_alnum(unsigned char c) { return byte_isalpha(c) || byte_isdigit(c); }

Value b_isalnum(VM& vm, CallArgs a) { return all_bytes<is_alnum>(vm, a, "isalnum"); }
Value b_isalpha(VM& vm, CallArgs a) { return all_bytes<byte_isalpha>(vm, a, "isalpha"); }
Value b_isdigit(VM& vm, CallArgs a) { return all_bytes<byte_isdigit>(vm, a, "isdigit"); }
Value b_isspace(VM& vm, CallArgs a) { return all_bytes<byte_isspace>(vm, a, "isspace"); }

Value b_isascii(VM& vm, CallArgs a) {
  SELF("isascii");
  for (char c : bytes_view(a.argv[0])) {
    if (uint8_t(c) >= 0x80) return Value::boolean(false);
  }
  return Value::boolean(true);
}

// islower / isupper: at least one cased byte, and none of the other case.
Value cased(VM& vm, CallArgs a, const char* name, bool want_lower) {
  SELF(name);
  bool seen = false;
  for (char c : bytes_view(a.argv[0])) {
    uint8_t u = uint8_t(c);
    if (want_lower ? byte_isupper(u) : byte_islower(u)) return Value::boolean(false);
    if (want_lower ? byte_islower(u) : byte_isupper(u)) seen = true;
  }
  return Value::boolean(seen);
}

Value b_islower(VM& vm, CallArgs a) { return cased(vm, a, "islower", true); }
Value b_isupper(VM& vm, CallArgs a) { return cased(vm, a, "isupper", false); }

Value b_istitle(VM& vm, CallArgs a) {
  SELF("istitle");
  // Upper-case letters only after uncased bytes, lower-case only after cased ones.
  bool prev_cased = false, seen = false;
  for (char c : bytes_view(a.argv[0])) {
    uint8_t u = uint8_t(c);
    if (byte_isupper(u)) {
      if (prev_cased) return Value::boolean(false);
      prev_cased = seen = true;
    } else if (byte_islower(u)) {
      if (!prev_cased) return Value::boolean(false);
      prev_cased = seen = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(seen);
}

// ---- padding --------------------------------------------------------------------------------

bool fill_arg(VM& vm, CallArgs a, const char* name, char& fill) {
  fill = ' ';
  if (a.argc < 3) return true;
  Value v = a.argv[2];
  if (!is_byteslike(v) || bytes_view(v).size() != 1) {
    std::string got = v.is_none() ? "None" : std::string(vm.type_name(v));  // Clinic's wording
    vm.raise(vm.types.TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
             name, got.c_str());
    return false;
  }
  fill = bytes_view(v)[0];
  return true;
}

enum class Align : uint8_t { kLeft, kRight, kCenter };

Value pad(VM& vm, CallArgs a, const char* name, Align align) {
  SELF(name);
  int64_t width;
  char fill;
  TRY_FLAG(index_arg(vm, a.argv[1], width));
  TRY_FLAG(fill_arg(vm, a, name, fill));
  std::string_view data = bytes_view(a.argv[0]);
  int64_t len = int64_t(data.size());
  if (width <= len) return new_bytes_like(vm, a.argv[0], data);
  reserve_bytes(vm, uint64_t(width));
  int64_t margin = width - len, left = 0;
  if (align == Align::kRight) left = margin;
  if (align == Align::kCenter) left = margin / 2 + (margin & width & 1);
  std::string out(size_t(left), fill);
  out.append(bytes_view(a.argv[0]));
  out.append(size_t(margin - left), fill);
  return new_bytes_like(vm, a.argv[0], out);
}

Value b_center(VM& vm, CallArgs a) { return pad(vm, a, "center", Align::kCenter); }
Value b_ljust(VM& vm, CallArgs a) { return pad(vm, a, "ljust", Align::kLeft); }
Value b_rjust(VM& vm, CallArgs a) { return pad(vm, a, "rjust", Align::kRight); }

Value b_zfill(VM& vm, CallArgs a) {
  SELF("zfill");
  int64_t width;
  TRY_FLAG(index_arg(vm, a.argv[1], width));
  std::string_view data = bytes_view(a.argv[0]);
  if (width <= int64_t(data.size())) return new_bytes_like(vm, a.argv[0], data);
  reserve_bytes(vm, uint64_t(width));
  std::string out(size_t(width) - data.size(), '0');
  out.append(data);
  size_t fill = out.size() - data.size();
  if (!data.empty() && (data[0] == '+' || data[0] == '-')) {
    // The sign moves to the front, ahead of the zeros.
    out[0] = data[0];
    out[fill] = '0';
  }
  return new_bytes_like(vm, a.argv[0], out);
}

Value b_expandtabs(VM& vm, CallArgs a) {
  SELF("expandtabs");
  Value args[1];
  TRY_FLAG(bytes_bind_args(vm, a, "expandtabs", {"tabsize"}, args));
  int64_t tabsize = 8;
  if (!args[0].is_unbound() && !is_bigint(args[0])) TRY_FLAG(index_arg(vm, args[0], tabsize));
  if (is_bigint(args[0]) || tabsize > INT32_MAX || tabsize < INT32_MIN) {
    return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
  }
  std::string_view data = bytes_view(a.argv[0]);
  std::string out;
  uint64_t column = 0;
  for (char c : data) {
    if (c == '\t') {
      if (tabsize > 0) {
        uint64_t spaces = uint64_t(tabsize) - column % uint64_t(tabsize);
        reserve_bytes(vm, out.size() + spaces);
        out.append(size_t(spaces), ' ');
        column += spaces;
      }
      continue;
    }
    reserve_bytes(vm, out.size() + 1);
    out.push_back(c);
    column = (c == '\n' || c == '\r') ? 0 : column + 1;
  }
  return new_bytes_like(vm, a.argv[0], out);
}

// ---- hex / fromhex --------------------------------------------------------------------------

Value b_hex(VM& vm, CallArgs a) {
  SELF("hex");
  Value args[2];
  TRY_FLAG(bytes_bind_args(vm, a, "hex", {"sep", "bytes_per_sep"}, args));
  int64_t group = 1;  // converted first, as CPython does
  if (is_bigint(args[1])) {
    return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
  }
  if (!args[1].is_unbound()) TRY_FLAG(index_arg(vm, args[1], group));
  char sep = 0;
  if (!args[0].is_unbound()) {
    Value s = args[0];
    std::string_view text;
    if (is_str(s)) {
      text = as_str(s)->view();
      if (as_str(s)->length() != 1) {
        return vm.raise(vm.types.ValueError, "sep must be length 1.");
      }
      if (!as_str(s)->is_ascii()) return vm.raise(vm.types.ValueError, "sep must be ASCII.");
    } else if (is_bytes(s)) {
      text = bytes_view(s);
      if (text.size() != 1) return vm.raise(vm.types.ValueError, "sep must be length 1.");
    } else {
      // CPython measures any other object first.
      int64_t len;
      TRY_FLAG(vm.length_of(s, len));
      if (len != 1) return vm.raise(vm.types.ValueError, "sep must be length 1.");
      return vm.raise(vm.types.TypeError, "sep must be str or bytes.");
    }
    sep = text[0];
  }
  std::string_view data = bytes_view(a.argv[0]);
  reserve_bytes(vm, uint64_t(data.size()) * 3);
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  size_t n = data.size();
  uint64_t every = group < 0 ? uint64_t(-(group + 1)) + 1 : uint64_t(group);
  for (size_t i = 0; i < n; i++) {
    // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
    if (sep && i > 0 && every > 0) {
      bool boundary = group > 0 ? (n - i) % every == 0 : i % every == 0;
      if (boundary) out.push_back(sep);
    }
    uint8_t c = uint8_t(data[i]);
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 15]);
  }
  return vm.str(out);
}

int hex_digit(char32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
  return -1;
}

// bytes.fromhex(string) / bytearray.fromhex(string): a class method; argv[0] is the class.
Value b_fromhex(VM& vm, CallArgs a) {
  if (!is_str(a.argv[1])) {
    return vm.raise(vm.types.TypeError, "fromhex() argument must be str, not %s",
                    std::string(vm.type_name(a.argv[1])).c_str());
  }
  std::string_view s = as_str(a.argv[1])->view();
  std::u32string cps;
  for (size_t pos = 0; pos < s.size();) cps.push_back(utf8_decode(s, pos));
  std::string out;
  size_t i = 0, n = cps.size();
  auto fail = [&](size_t at) {
    return vm.raise(vm.types.ValueError,
                    "non-hexadecimal number found in fromhex() arg at position %zu", at);
  };
  while (i < n) {
    if (cps[i] < 0x80 && byte_isspace(uint8_t(cps[i]))) {
      i++;
      continue;
    }
    int hi = hex_digit(cps[i]);
    if (hi < 0) return fail(i);
    i++;
    int lo = i < n ? hex_digit(cps[i]) : -1;
    if (lo < 0) return fail(i);
    i++;
    out.push_back(char(hi * 16 + lo));
  }
  TypeObj* cls = is_type(a.argv[0]) ? as_type(a.argv[0]) : vm.types.bytes;
  if (cls->instance_kind == ObjKind::ByteArray) return new_bytearray(vm, out, cls);
  return new_bytes(vm, out, cls == vm.types.bytes || cls->instance_kind != ObjKind::Bytes
                                ? nullptr : cls);
}

// ---- translate / maketrans ------------------------------------------------------------------

Value b_translate(VM& vm, CallArgs a) {
  SELF("translate");
  Value args[2];
  TRY_FLAG(bytes_bind_args(vm, a, "translate", {"table", "delete"}, args));
  if (args[0].is_unbound()) {
    return vm.raise(vm.types.TypeError, "translate() missing required argument 'table' (pos 1)");
  }
  std::string table, del;
  bool identity = args[0].is_none();
  if (!identity) {
    TRY_FLAG(bytes_arg(vm, args[0], table));
    if (table.size() != 256) {
      return vm.raise(vm.types.ValueError, "translation table must be 256 characters long");
    }
  }
  if (!args[1].is_unbound()) TRY_FLAG(bytes_arg(vm, args[1], del));
  bool drop[256] = {};
  for (char c : del) drop[uint8_t(c)] = true;
  std::string out;
  for (char c : bytes_view(a.argv[0])) {
    if (drop[uint8_t(c)]) continue;
    out.push_back(identity ? c : table[uint8_t(c)]);
  }
  return new_bytes_like(vm, a.argv[0], out);
}

// bytes.maketrans(from, to): a static method (no receiver).
Value b_maketrans(VM& vm, CallArgs a) {
  std::string from, to;
  TRY_FLAG(bytes_arg(vm, a.argv[0], from));
  TRY_FLAG(bytes_arg(vm, a.argv[1], to));
  if (from.size() != to.size()) {
    return vm.raise(vm.types.ValueError, "maketrans arguments must have same length");
  }
  std::string table(256, '\0');
  for (int i = 0; i < 256; i++) table[size_t(i)] = char(i);
  for (size_t i = 0; i < from.size(); i++) table[uint8_t(from[i])] = to[i];
  return new_bytes(vm, table);
}

const NativeDef kTextMethods[] = {
    {"upper", b_upper, 1, 1},
    {"lower", b_lower, 1, 1},
    {"swapcase", b_swapcase, 1, 1},
    {"capitalize", b_capitalize, 1, 1},
    {"title", b_title, 1, 1},
    {"isalnum", b_isalnum, 1, 1},
    {"isalpha", b_isalpha, 1, 1},
    {"isascii", b_isascii, 1, 1},
    {"isdigit", b_isdigit, 1, 1},
    {"islower", b_islower, 1, 1},
    {"isspace", b_isspace, 1, 1},
    {"istitle", b_istitle, 1, 1},
    {"isupper", b_isupper, 1, 1},
    {"center", b_center, 2, 3},
    {"ljust", b_ljust, 2, 3},
    {"rjust", b_rjust, 2, 3},
    {"zfill", b_zfill, 2, 2},
    {"expandtabs", b_expandtabs, 1, 2, true},
    {"hex", b_hex, 1, 3, true},
    {"fromhex", b_fromhex, 2, 2},
    {"translate", b_translate, 2, 3, true},
};

// Replaces the function stored under `name` by a wrapper of `kind` (class/static method).
void wrap_method(VM& vm, TypeObj* type, const char* name, ObjKind kind, TypeObj* wrapper_type) {
  StrObj* key = vm.intern(name);
  Root fn(vm.heap, dict_get_str(type->dict, key));
  auto* w = vm.alloc<WrapperObj>(kind, wrapper_type);
  w->func = fn.get();
  w->self = Value::none();
  Root keep(vm.heap, Value::from_obj(w));
  dict_set_str(vm, type->dict, key, keep.get());
}

}  // namespace

void install_bytes_text_methods(VM& vm, TypeObj* type) {
  add_methods(vm, type, kTextMethods);
  wrap_method(vm, type, "fromhex", ObjKind::ClassMethod, vm.types.classmethod);
  Root fn(vm.heap, Value::from_obj(vm.new_native("maketrans", b_maketrans, 2, 2, false,
                                                   Value::from_obj(type))));
  auto* w = vm.alloc<WrapperObj>(ObjKind::StaticMethod, vm.types.staticmethod);
  w->func = fn.get();
  w->self = Value::none();
  Root keep(vm.heap, Value::from_obj(w));
  dict_set_str(vm, type->dict, vm.intern("maketrans"), keep.get());
}

}  // namespace capy
