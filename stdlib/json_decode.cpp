// The JSON decoder behind json.loads: CPython's scanner (Modules/_json.c)
// rewritten as a loop over the UTF-8 bytes of the str, with an explicit stack
// of open containers instead of C++ recursion, so no input can overflow the
// C++ stack. The depth still counts toward the recursion limit (with the
// script's own frames, as Py_EnterRecursiveCall does), so deep nesting raises
// CPython's RecursionError.
//
// Positions: the scanner works in bytes; an error converts its byte offset to
// a code-point index only when it raises (JSONDecodeError.pos is in code
// points, as every str index a script sees). Error messages and the position
// each one reports follow CPython 3.11 exactly ("Expecting ',' delimiter" at
// the first non-space byte after a value, "Invalid control character at" at
// the character itself, ...).
//
// The open containers live in a heap list (`stack`), rooted once: entries
// are [container, key] pairs, the key being the pending object key (or None
// for arrays). With object_pairs_hook an object is built as a list of
// (key, value) tuples and handed to the hook when it closes.
#include <cmath>
#include <string>

#include "stdlib/json_internal.h"
#include "vm/format.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/str_util.h"
#include "vm/unicode.h"

namespace capy {

namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

struct Decoder {
  Decoder(VM& v, StrObj* d) : vm(v), doc(d), s(d->view()) {}

  VM& vm;
  StrObj* doc;
  std::string_view s;
  bool strict = true;
  Value object_hook, pairs_hook, parse_float, parse_int, parse_constant;
  size_t pos = 0;

  Value fail(const char* msg, size_t at) { return json_raise_decode_error(vm, msg, doc, at); }

  void skip_ws() {
    while (pos < s.size() && is_ws(s[pos])) pos++;
  }

  bool starts(std::string_view lit) const { return s.substr(pos, lit.size()) == lit; }

  // Four hex digits at byte i, or -1.
  int32_t hex4(size_t i) const {
    int32_t v = 0;
    for (size_t k = 0; k < 4; k++) {
      int h = hex_value(s[i + k]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  }

  // hook(text) for parse_float / parse_int / parse_constant.
  Value call_hook(Value hook, std::string_view text) {
    Root arg(vm.heap, vm.str(text));
    return vm.call(hook, {arg.get()});
  }

  Value scan_string();
  Value scan_number();
  Value scan_constant(const char* name, double d, size_t len);
  Value finish_object(Value container);
  Value run();
};

// pos is just past the opening quote.
Value Decoder::scan_string() {
  size_t begin = pos - 1;
  std::string buf;
  size_t chunk = pos;
  bool escaped = false;
  for (;;) {
    size_t i = pos;
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == '"' || c == '\\') break;
      if (c < 0x20 && strict) return fail("Invalid control character at", i);
      i++;
    }
    if (i >= s.size()) return fail("Unterminated string starting at", begin);
    if (s[i] == '"') {
      pos = i + 1;
      if (!escaped) return vm.str(s.substr(chunk, i - chunk));
      buf.append(s.substr(chunk, i - chunk));
      reserve_text(vm, buf.size());
      return vm.str(buf);
    }
    // A backslash.
    buf.append(s.substr(chunk, i - chunk));
    escaped = true;
    i++;
    if (i >= s.size()) return fail("Unterminated string starting at", begin);
    char e = s[i];
    if (e != 'u') {
      switch (e) {
        case '"': buf.push_back('"'); break;
        case '\\': buf.push_back('\\'); break;
        case '/': buf.push_back('/'); break;
        case 'b': buf.push_back('\b'); break;
        case 'f': buf.push_back('\f'); break;
        case 'n': buf.push_back('\n'); break;
        case 'r': buf.push_back('\r'); break;
        case 't': buf.push_back('\t'); break;
        default: return fail("Invalid \\escape", i - 1);
      }
      pos = chunk = i + 1;
      continue;
    }
    // \uXXXX, maybe a surrogate pair.
    i++;
    if (i + 4 >= s.size()) return fail("Invalid \\uXXXX escape", i - 1);
    int32_t c = hex4(i);
    if (c < 0) return fail("Invalid \\uXXXX escape", i - 1);
    i += 4;
    if (c >= 0xd800 && c <= 0xdbff && i + 6 < s.size() && s[i] == '\\' && s[i + 1] == 'u') {
      int32_t c2 = hex4(i + 2);
      if (c2 < 0) return fail("Invalid \\uXXXX escape", i + 1);
      if (c2 >= 0xdc00 && c2 <= 0xdfff) {
        c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00));
        i += 6;
      }
    }
    utf8_append(buf, char32_t(c));
    pos = chunk = i;
  }
}

// CPython's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
// A '.' or 'e' not followed by digits is not part of the number.
Value Decoder::scan_number() {
  size_t start = pos, i = pos;
  if (i < s.size() && s[i] == '-') i++;
  auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  if (!digit(i)) return fail("Expecting value", start);
  if (s[i] == '0') {
    i++;
  } else {
    while (digit(i)) i++;
  }
  bool is_float = false;
  if (i < s.size() && s[i] == '.' && digit(i + 1)) {
    i += 2;
    while (digit(i)) i++;
    is_float = true;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t k = i + 1;
    if (k < s.size() && (s[k] == '-' || s[k] == '+')) k++;
    if (digit(k)) {
      while (digit(k)) k++;
      i = k;
      is_float = true;
    }
  }
  pos = i;
  std::string_view text = s.substr(start, i - start);
  if (is_float) {
    if (!parse_float.is_none()) return call_hook(parse_float, text);
    double d = 0;
    if (!capy::parse_float(text, d)) return vm.raise(vm.types.ValueError, "bad float");
    return Value::from_double(d);
  }
  if (!parse_int.is_none()) return call_hook(parse_int, text);
  if (text.size() < 16) return Value::from_small_int(std::stoll(std::string(text)));
  bool negative = text[0] == '-';
  return int_from_digits(vm, negative, std::string(text.substr(negative ? 1 : 0)), 10);
}

Value Decoder::scan_constant(const char* name, double d, size_t len) {
  pos += len;
  if (!parse_constant.is_none()) return call_hook(parse_constant, name);
  return Value::from_double(d);
}

// An object's container (a dict, or a list of pairs) is complete.
Value Decoder::finish_object(Value container) {
  if (!pairs_hook.is_none()) return vm.call(pairs_hook, {container});
  if (!object_hook.is_none()) return vm.call(object_hook, {container});
  return container;
}

Value Decoder::run() {
  ListObj* stack = vm.new_list();
  Root keep_stack(vm.heap, Value::from_obj(stack));
  uint32_t base_depth = uint32_t(vm.frames.size());
  Value value;
  for (uint32_t steps = 1;; steps++) {
    if ((steps & 4095) == 0 && !vm.poll_work()) return Value::error();  // long documents poll
    // ---- scan one value at pos (whitespace already skipped)
    if (pos >= s.size()) return fail("Expecting value", pos);
    char c = s[pos];
    bool opened = false;
    switch (c) {
      case '"':
        pos++;
        value = TRY(scan_string());
        break;
      case '{':
      case '[': {
        if (base_depth + stack->size / 2 + 1 > vm.limits.recursion_limit) {
          return vm.raise(vm.types.RecursionError,
                          "maximum recursion depth exceeded while decoding a JSON %s from a unicode "
                          "string",
                          c == '{' ? "object" : "array");
        }
        pos++;
        skip_ws();
        if (c == '[') {
          if (pos < s.size() && s[pos] == ']') {
            pos++;
            value = Value::from_obj(vm.new_list());
            break;
          }
          Value list = Value::from_obj(vm.new_list());
          Root keep(vm.heap, list);
          list_append(vm, stack, list);
          list_append(vm, stack, Value::none());
          opened = true;
          break;
        }
        Value container = pairs_hook.is_none() ? Value::from_obj(vm.new_dict())
                                               : Value::from_obj(vm.new_list());
        Root keep(vm.heap, container);
        if (pos < s.size() && s[pos] == '}') {
          pos++;
          value = TRY(finish_object(container));
          break;
        }
        if (pos >= s.size() || s[pos] != '"') {
          return fail("Expecting property name enclosed in double quotes", pos);
        }
        pos++;
        Value key = TRY(scan_string());
        Root keep_key(vm.heap, key);
        skip_ws();
        if (pos >= s.size() || s[pos] != ':') return fail("Expecting ':' delimiter", pos);
        pos++;
        skip_ws();
        list_append(vm, stack, container);
        list_append(vm, stack, key);
        opened = true;
        break;
      }
      case 'n':
        if (!starts("null")) return fail("Expecting value", pos);
        pos += 4;
        value = Value::none();
        break;
      case 't':
        if (!starts("true")) return fail("Expecting value", pos);
        pos += 4;
        value = Value::boolean(true);
        break;
      case 'f':
        if (!starts("false")) return fail("Expecting value", pos);
        pos += 5;
        value = Value::boolean(false);
        break;
      case 'N':
        if (!starts("NaN")) return fail("Expecting value", pos);
        value = TRY(scan_constant("NaN", NAN, 3));
        break;
      case 'I':
        if (!starts("Infinity")) return fail("Expecting value", pos);
        value = TRY(scan_constant("Infinity", HUGE_VAL, 8));
        break;
      case '-':
        if (starts("-Infinity")) {
          value = TRY(scan_constant("-Infinity", -HUGE_VAL, 9));
          break;
        }
        value = TRY(scan_number());
        break;
      default:
        if (c >= '0' && c <= '9') {
          value = TRY(scan_number());
          break;
        }
        return fail("Expecting value", pos);
    }
    if (opened) continue;

    // ---- a value is complete: store it in the innermost open container,
    // closing containers as long as their closing bracket follows.
    Root keep_value(vm.heap, value);
    bool need_value = false;
    while (stack->size > 0 && !need_value) {
      Value container = stack->items[stack->size - 2];
      Value key = stack->items[stack->size - 1];
      if (key.is_none()) {  // an array
        list_append(vm, as_list(container), keep_value.get());
        skip_ws();
        if (pos < s.size() && s[pos] == ',') {
          pos++;
          skip_ws();
          need_value = true;
          break;
        }
        if (pos >= s.size() || s[pos] != ']') return fail("Expecting ',' delimiter", pos);
        pos++;
        keep_value.set(container);
      } else {
        if (is_dict(container)) {
          TRY_FLAG(dict_set(vm, as_dict(container), key, keep_value.get()));
        } else {
          Value pair = vm.tuple_of({key, keep_value.get()});
          list_append(vm, as_list(container), pair);
        }
        skip_ws();
        if (pos < s.size() && s[pos] == ',') {
          pos++;
          skip_ws();
          if (pos >= s.size() || s[pos] != '"') {
            return fail("Expecting property name enclosed in double quotes", pos);
          }
          pos++;
          Value next_key = TRY(scan_string());
          stack->items[stack->size - 1] = next_key;
          skip_ws();
          if (pos >= s.size() || s[pos] != ':') return fail("Expecting ':' delimiter", pos);
          pos++;
          skip_ws();
          need_value = true;
          break;
        }
        if (pos >= s.size() || s[pos] != '}') return fail("Expecting ',' delimiter", pos);
        pos++;
        Root keep_container(vm.heap, container);
        keep_value.set(TRY(finish_object(container)));
      }
      stack->size -= 2;
    }
    if (!need_value) return keep_value.get();
  }
}

}  // namespace

Value json_decode(VM& vm, CallArgs a) {
  if (a.argc != 9) return vm.raise(vm.types.TypeError, "_json.decode() takes 9 arguments");
  if (!is_str(a.argv[0])) return raise_expected_str(vm, "", a.argv[0]);
  StrObj* doc = as_str(a.argv[0]);
  int64_t idx;
  TRY_FLAG(int_value(vm, a.argv[1], idx));
  int raw = vm.truthy(a.argv[2]);
  int strict = vm.truthy(a.argv[3]);
  if (raw < 0 || strict < 0) return Value::error();
  Decoder d(vm, doc);
  d.strict = strict != 0;
  d.object_hook = a.argv[4];
  d.pairs_hook = a.argv[5];
  d.parse_float = a.argv[6];
  d.parse_int = a.argv[7];
  d.parse_constant = a.argv[8];
  if (idx < 0) return vm.raise(vm.types.ValueError, "idx cannot be negative");
  d.pos = idx >= int64_t(doc->length()) ? doc->nbytes : str_byte_offset(doc, idx);
  if (!raw) d.skip_ws();
  Value v = TRY(d.run());
  Root keep(vm.heap, v);
  if (raw) {
    Value end = vm.new_int(str_count_between(doc, 0, d.pos));
    return vm.tuple_of({v, end});
  }
  d.skip_ws();
  if (d.pos != doc->nbytes) return d.fail("Extra data", d.pos);
  return v;
}

}  // namespace capy
