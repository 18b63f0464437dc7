// The JSON encoder behind json.dumps: one recursive walk that appends to a
// std::string, mirroring CPython's C encoder (Modules/_json.c) and, for
// indentation, the pure-Python one (Lib/json/encoder.py): their outputs,
// their order of type tests and their error messages.
//
// Type tests come in CPython's order: None, True, False, str, int, float,
// list/tuple, dict, then `default`. bool comes before int because a bool is
// an int. int and float subclasses are written by int.__repr__ /
// float.__repr__, so an IntEnum member encodes as its number.
//
// Depth: every container level (and every `default` call) counts toward the
// recursion limit together with the script's own frames, as CPython's
// Py_EnterRecursiveCall does, so a deeply nested value raises RecursionError
// instead of overflowing the C++ stack.
//
// Memory: the output grows outside the heap, so before each doubling it is
// checked against the memory limit (reserve_text): a script cannot build a
// huge JSON text past its limit.
#include <cmath>
#include <string>
#include <unordered_set>

#include "stdlib/json_internal.h"
#include "vm/format.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/str_util.h"
#include "vm/unicode.h"

namespace capy {

namespace {

const char kHex[] = "0123456789abcdef";

void append_u_escape(std::string& out, uint32_t c) {
  char buf[6] = {'\\', 'u', kHex[(c >> 12) & 15], kHex[(c >> 8) & 15], kHex[(c >> 4) & 15],
                 kHex[c & 15]};
  out.append(buf, 6);
}

}  // namespace

void json_append_string(std::string& out, std::string_view s, bool ensure_ascii) {
  out.push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80) {
      if (!ensure_ascii) {
        // Copy the whole run of non-ASCII bytes at once.
        size_t j = i + 1;
        while (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80) j++;
        out.append(s.substr(i, j - i));
        i = j;
        continue;
      }
      char32_t c = utf8_decode(s, i);
      if (c >= 0x10000) {
        uint32_t v = uint32_t(c) - 0x10000;
        append_u_escape(out, 0xd800 | (v >> 10));
        append_u_escape(out, 0xdc00 | (v & 0x3ff));
      } else {
        append_u_escape(out, uint32_t(c));
      }
      continue;
    }
    i++;
    switch (b) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (b < 0x20 || (ensure_ascii && b == 0x7f)) {
          append_u_escape(out, b);
        } else {
          out.push_back(char(b));
        }
    }
  }
  out.push_back('"');
}

namespace {

struct Encoder {
  Encoder(VM& v, Value ind, std::string_view item, std::string_view key)
      : vm(v), indent(ind), item_sep(item), key_sep(key) {}

  VM& vm;
  Value indent;          // None, or a str (one level of indentation)
  std::string_view item_sep, key_sep;
  bool sort_keys = false, skipkeys = false, ensure_ascii = true, check_circular = true;
  bool allow_nan = true;
  Value default_fn = Value::none();  // None: raise TypeError for unknown objects
  std::string out;
  size_t next_reserve = 1 << 16;
  uint32_t depth = 0;   // nesting, for the recursion limit
  uint32_t level = 0;   // indentation level (default() results do not indent)
  std::unordered_set<Obj*> markers;

  bool grow_check() {
    if (out.size() >= next_reserve) {
      reserve_text(vm, out.size() * 2);
      next_reserve = out.size() * 2;
    }
    return true;
  }

  // CPython says "object" for arrays too (encoder_listencode_obj).
  bool enter() {
    // The encoder recurses natively: the C++ stack may run out first under a
    // high sys.setrecursionlimit.
    if (!vm.check_native_stack()) return false;
    if (vm.frames.size() + ++depth > vm.limits.recursion_limit) {
      depth--;
      vm.raise(vm.types.RecursionError,
               "maximum recursion depth exceeded while encoding a JSON object");
      return false;
    }
    return true;
  }

  bool mark(Obj* o) {
    if (!check_circular) return true;
    if (!markers.insert(o).second) {
      vm.raise(vm.types.ValueError, "Circular reference detected");
      return false;
    }
    return true;
  }
  void unmark(Obj* o) {
    if (check_circular) markers.erase(o);
  }

  void newline_indent() {
    out.push_back('\n');
    std::string_view unit = as_str(indent)->view();
    for (uint32_t i = 0; i < level; i++) out.append(unit);
  }

  bool encode_float(double d) {
    if (d != d || d == HUGE_VAL || d == -HUGE_VAL) {
      if (!allow_nan) {
        vm.raise(vm.types.ValueError, "Out of range float values are not JSON compliant");
        return false;
      }
      out += d != d ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
      return true;
    }
    out += float_repr(d);
    return true;
  }

  // int.__repr__ of an int or an int subclass instance.
  bool encode_int(Value v) {
    if (!is_int(v)) {
      v = vm.call(Value::from_obj(vm.types.int_), {v});
      if (v.is_error()) return false;
    }
    if (v.is_small_int()) {
      out += std::to_string(v.as_small_int());
    } else {
      if (!int_digits_fit(vm, v, 10)) return false;
      out += int_to_decimal(v);
    }
    return true;
  }

  bool encode_str_value(Value v) {
    json_append_string(out, as_str(v)->view(), ensure_ascii);
    return true;
  }

  bool encode(Value v);
  bool encode_list(Value v);
  bool encode_dict(Value v);
  bool encode_other(Value v);
  bool encode_key(Value key, bool* skip);
};

bool Encoder::encode(Value v) {
  grow_check();
  if (v.is_none()) {
    out += "null";
    return true;
  }
  if (v.is_bool()) {
    out += v.as_bool() ? "true" : "false";
    return true;
  }
  if (is_str(v)) return encode_str_value(v);
  if (v.is_small_int() || is_kind(v, ObjKind::BigInt)) return encode_int(v);
  if (v.is_double()) return encode_float(v.as_double());
  if (is_list(v) || is_tuple(v)) return encode_list(v);
  if (is_dict(v)) return encode_dict(v);
  if (vm.is_instance(v, vm.types.int_)) return encode_int(v);
  if (vm.is_instance(v, vm.types.float_)) {
    double d;
    if (!number_to_double(vm, v, d)) return false;
    return encode_float(d);
  }
  return encode_other(v);
}

bool Encoder::encode_list(Value v) {
  uint32_t n = is_list(v) ? as_list(v)->size : as_tuple(v)->size;
  if (n == 0) {
    out += "[]";
    return true;
  }
  if (!mark(v.as_obj())) return false;
  if (!enter()) return false;
  out.push_back('[');
  level++;
  bool indented = !indent.is_none();
  if (indented) newline_indent();
  for (uint32_t i = 0;; i++) {
    // A list can shrink while `default` runs: re-read its size each step.
    uint32_t size = is_list(v) ? as_list(v)->size : as_tuple(v)->size;
    if (i >= size) break;
    if ((i & 4095) == 4095 && !vm.poll_work()) return false;  // long lists poll the limits
    if (i > 0) {
      out.append(item_sep);
      if (indented) newline_indent();
    }
    Root item(vm.heap, is_list(v) ? as_list(v)->items[i] : as_tuple(v)->items[i]);
    if (!encode(item)) return false;
  }
  depth--;
  level--;
  if (indented) newline_indent();
  out.push_back(']');
  unmark(v.as_obj());
  return true;
}

// Writes the key as a JSON string, or sets *skip for an unsupported key under
// skipkeys.
bool Encoder::encode_key(Value key, bool* skip) {
  *skip = false;
  if (is_str(key)) {
    json_append_string(out, as_str(key)->view(), ensure_ascii);
    return true;
  }
  std::string text;
  if (key.is_double() || (!key.is_bool() && !is_int(key) && vm.is_instance(key, vm.types.float_))) {
    std::string saved;
    saved.swap(out);
    double d = 0;
    bool ok = key.is_double() ? (d = key.as_double(), true) : number_to_double(vm, key, d);
    ok = ok && encode_float(d);
    text.swap(out);
    out.swap(saved);
    if (!ok) return false;
  } else if (key.is_bool()) {
    text = key.as_bool() ? "true" : "false";
  } else if (key.is_none()) {
    text = "null";
  } else if (is_int(key) || vm.is_instance(key, vm.types.int_)) {
    std::string saved;
    saved.swap(out);
    bool ok = encode_int(key);
    text.swap(out);
    out.swap(saved);
    if (!ok) return false;
  } else if (skipkeys) {
    *skip = true;
    return true;
  } else {
    vm.raise(vm.types.TypeError, "keys must be str, int, float, bool or None, not %s",
             std::string(vm.type_name(key)).c_str());
    return false;
  }
  out.push_back('"');
  out += text;
  out.push_back('"');
  return true;
}

bool Encoder::encode_dict(Value v) {
  DictObj* d = as_dict(v);
  if (d->used == 0) {
    out += "{}";
    return true;
  }
  if (!mark(v.as_obj())) return false;
  if (!enter()) return false;
  // A snapshot of the items (CPython iterates dict.items() too, and sorts
  // that list when asked), so `default` mutating the dict cannot derail us.
  ListObj* items = vm.new_list(d->used);
  Root keep(vm.heap, Value::from_obj(items));
  uint32_t pos = 0;
  DictEntry* e;
  while (dict_next(d, &pos, &e)) {
    Value pair = vm.tuple_of({e->key, e->value});
    list_append(vm, items, pair);
  }
  if (sort_keys && !list_sort(vm, items, Value::none(), false)) return false;
  out.push_back('{');
  level++;
  bool indented = !indent.is_none();
  if (indented) newline_indent();
  bool first = true;
  for (uint32_t i = 0; i < items->size; i++) {
    if ((i & 4095) == 4095 && !vm.poll_work()) return false;  // long dicts poll the limits
    TupleObj* pair = as_tuple(items->items[i]);
    size_t mark_len = out.size();
    if (!first) {
      out.append(item_sep);
      if (indented) newline_indent();
    }
    bool skip;
    if (!encode_key(pair->items[0], &skip)) return false;
    if (skip) {
      out.resize(mark_len);
      continue;
    }
    first = false;
    out.append(key_sep);
    if (!encode(pair->items[1])) return false;
  }
  depth--;
  level--;
  if (indented) newline_indent();
  out.push_back('}');
  unmark(v.as_obj());
  return true;
}

bool Encoder::encode_other(Value v) {
  if (default_fn.is_none()) {
    Value cls = vm.get_attr(v, vm.names.__class__);
    if (cls.is_error()) return false;
    std::string name = is_type(cls) ? std::string(as_type(cls)->name->view()) : "object";
    vm.raise(vm.types.TypeError, "Object of type %s is not JSON serializable", name.c_str());
    return false;
  }
  if (!mark(v.as_obj())) return false;
  Value converted = vm.call(default_fn, {v});
  if (converted.is_error()) return false;
  Root keep(vm.heap, converted);
  if (!enter()) return false;
  if (!encode(converted)) return false;
  depth--;
  unmark(v.as_obj());
  return true;
}

}  // namespace

Value json_encode(VM& vm, CallArgs a) {
  if (a.argc != 10) return vm.raise(vm.types.TypeError, "_json.encode() takes 10 arguments");
  Value indent = a.argv[1];
  if (!indent.is_none() && !is_str(indent)) {
    return vm.raise(vm.types.TypeError, "indent must be None or str");
  }
  if (!is_str(a.argv[2]) || !is_str(a.argv[3])) {
    return vm.raise(vm.types.TypeError, "separators must be a pair of str");
  }
  bool flags[5];
  for (int i = 0; i < 5; i++) {
    int t = vm.truthy(a.argv[4 + i]);
    if (t < 0) return Value::error();
    flags[i] = t != 0;
  }
  Encoder enc(vm, indent, as_str(a.argv[2])->view(), as_str(a.argv[3])->view());
  enc.sort_keys = flags[0];
  enc.skipkeys = flags[1];
  enc.ensure_ascii = flags[2];
  enc.check_circular = flags[3];
  enc.allow_nan = flags[4];
  enc.default_fn = a.argv[9];
  if (!enc.encode(a.argv[0])) return Value::error();
  reserve_text(vm, enc.out.size());
  return vm.str(enc.out);
}

}  // namespace capy
