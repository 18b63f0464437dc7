// The three ways Python formats text from values: format(v, spec) for the built-in scalar
// types, str.format / str.format_map (PEP 3101), and printf-style `str % args`.
//
// format(v, spec) is a thin layer over vm/format.h, which owns the format-spec
// mini-language; this file only picks the formatter by type and maps failures to
// exceptions.
//
// str.format walks the template once. A replacement field is
//   '{' [arg_name] ('.' attr | '[' key ']')* ['!' conv] [':' spec] '}'
// where the spec may itself hold replacement fields, expanded first (two levels deep at
// most, as CPython: "Max string recursion exceeded"). Each field's value is formatted by
// VM::format, so a user __format__ takes part. Automatic ('{}') and manual ('{0}')
// numbering cannot be mixed.
//
// `str % args` follows CPython's argument rules, which are subtle: a tuple supplies the
// arguments one by one; any other object is the single argument; a mapping (anything with
// __getitem__ that is not a tuple or str) may additionally serve %(key)s lookups, and then
// "not all arguments converted" is not checked. After a %(key) lookup the looked-up value
// becomes the current argument source, which is why '%(a)s %s' fails.
#include "vm/str_format.h"

#include <cctype>
#include <charconv>
#include <cstdio>
#include <string>

#include "vm/bigint.h"
#include "vm/format.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/str_util.h"
#include "vm/unicode.h"

namespace capy {

namespace {

Value raise_format_result(VM& vm, const FormatResult& r) {
  TypeObj* t = vm.types.ValueError;
  if (r.status == FormatStatus::kOverflowError) t = vm.types.OverflowError;
  if (r.status == FormatStatus::kZeroDivisionError) t = vm.types.ZeroDivisionError;
  return vm.raise(t, "%s", r.text.c_str());
}

Value result_str(VM& vm, const FormatResult& r) {
  if (!r.ok()) return raise_format_result(vm, r);
  return vm.str(r.text);
}

}  // namespace

std::string escape_non_ascii(std::string_view text) {
  std::string out;
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    char32_t c = utf8_decode(text, pos);
    if (c < 0x80) {
      out.append(text.substr(start, pos - start));
      continue;
    }
    char buf[16];
    if (c < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(c));
    } else if (c < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(c));
    }
    out.append(buf);
  }
  return out;
}

// ---- format(value, spec) ------------------------------------------------------------------

namespace {

// The largest number written in a format spec (its width or precision),
// saturating: the text the spec asks for is at least that long.
uint64_t largest_spec_number(std::string_view sp) {
  uint64_t best = 0, cur = 0;
  for (char c : sp) {
    if (c >= '0' && c <= '9') {
      cur = cur > (uint64_t(1) << 59) ? cur : cur * 10 + uint64_t(c - '0');
      if (cur > best) best = cur;
    } else {
      cur = 0;
    }
  }
  return best;
}

}  // namespace

Value format_builtin_value(VM& vm, Value v, StrObj* spec) {
  std::string_view sp = spec->view();
  char common[kCommonFormatMax];
  size_t common_len = 0;
  if (v.is_small_int()) {
    common_len = format_int_common(v.as_small_int(), sp, common);
  } else if (v.is_double()) {
    if (sp.empty()) return vm.repr(v);  // format(x, '') is repr(x) for a float
    common_len = format_float_common(v.as_double(), sp, common);
  }
  if (common_len) return Value::from_obj(vm.new_ascii_str(std::string_view(common, common_len)));
  // f"{1:{10**10}}": check a huge width or precision against the heap limit
  // before the formatter pads a native string that long (MemoryError, as in
  // CPython, rather than a failed native allocation).
  if (uint64_t need = largest_spec_number(sp); need > (uint64_t(1) << 20)) {
    vm.heap.reserve(size_t(need));
  }
  if (v.is_bool()) {
    if (sp.empty()) return vm.str(v.is_true() ? "True" : "False");
    return result_str(vm, format_int(v.is_true() ? 1 : 0, sp, "bool"));
  }
  if (v.is_double()) return result_str(vm, format_float(v.as_double(), sp, vm.type_name(v)));
  if (v.is_small_int()) return result_str(vm, format_int(v.as_small_int(), sp, vm.type_name(v)));
  if (is_bigint(v)) {
    std::string tn(vm.type_name(v));
    FormatSpec fs;
    std::string err;
    if (!parse_format_spec(sp, FormatTarget::kInt, tn, fs, err)) {
      return vm.raise(vm.types.ValueError, "%s", err.c_str());
    }
    bool negative = false;
    if (!int_digits_fit(vm, v, int_format_base(fs))) return Value::error();
    std::string digits = int_to_base_digits(v, int_format_base(fs), &negative);
    return result_str(vm, format_int_digits(negative, digits, fs, tn));
  }
  if (is_str(v)) {
    StrObj* s = as_str(v);
    if (sp.empty()) return s->cls == vm.types.str ? v : vm.str(s->view());
    return result_str(vm, format_str(s->view(), sp, vm.type_name(v)));
  }
  return Value::unbound();
}

// ---- str.format ------------------------------------------------------------------------------

namespace {

// Where a template's fields get their values: positional and keyword arguments of
// str.format, or the mapping of format_map.
struct FieldSource {
  const Value* positional = nullptr;  // null for format_map
  uint32_t npositional = 0;
  const Value* kwvalues = nullptr;
  TupleObj* kwnames = nullptr;
  Value mapping = Value::unbound();
};

class TemplateFormatter {
 public:
  TemplateFormatter(VM& vm, const FieldSource& src) : vm_(vm), src_(src) {}

  // Appends the expansion of `fmt` to `out`; false with an exception pending on failure.
  bool render(std::string_view fmt, int depth, std::string& out);

 private:
  enum class Numbering : uint8_t { kUnset, kAuto, kManual };

  Value field_value(std::string_view name);
  Value first_value(std::string_view first);
  Value convert(Value v, char32_t conversion);
  bool fail(const char* msg) {
    vm_.raise(vm_.types.ValueError, "%s", msg);
    return false;
  }

  VM& vm_;
  const FieldSource& src_;
  Numbering numbering_ = Numbering::kUnset;
  int64_t next_auto_ = 0;
};

// A field name part that is all decimal digits is an index: its value, -1 when it is not
// a number, -2 (ValueError pending) when it has too many digits.
int64_t parse_index(VM& vm, std::string_view s) {
  if (s.empty()) return -1;
  int64_t n = 0;
  for (size_t pos = 0; pos < s.size();) {
    int d = cp_decimal_value(utf8_decode(s, pos));
    if (d < 0) return -1;
    if (n > (INT64_MAX - d) / 10) {
      vm.raise(vm.types.ValueError, "Too many decimal digits in format string");
      return -2;
    }
    n = n * 10 + d;
  }
  return n;
}

Value TemplateFormatter::first_value(std::string_view first) {
  int64_t index = parse_index(vm_, first);
  if (index == -2) return Value::error();
  bool empty = first.empty();
  if (empty || index >= 0) {
    if (numbering_ == Numbering::kUnset) numbering_ = empty ? Numbering::kAuto : Numbering::kManual;
    if (numbering_ == Numbering::kManual && empty) {
      return vm_.raise(vm_.types.ValueError,
                       "cannot switch from manual field specification to automatic field "
                       "numbering");
    }
    if (numbering_ == Numbering::kAuto && !empty) {
      return vm_.raise(vm_.types.ValueError,
                       "cannot switch from automatic field numbering to manual field "
                       "specification");
    }
    if (empty) index = next_auto_++;
  }
  if (index < 0) {
    if (!src_.mapping.is_unbound()) {
      Value key = vm_.str(first);
      Root keep(vm_.heap, key);
      return vm_.get_item(src_.mapping, key);
    }
    uint32_t nkw = src_.kwnames ? src_.kwnames->size : 0;
    for (uint32_t k = 0; k < nkw; k++) {
      if (as_str(src_.kwnames->items[k])->view() == first) return src_.kwvalues[k];
    }
    return vm_.raise_key_error(vm_.str(first));
  }
  if (!src_.positional) {
    return vm_.raise(vm_.types.ValueError, "Format string contains positional fields");
  }
  if (index >= int64_t(src_.npositional)) {
    return vm_.raise(vm_.types.IndexError,
                     "Replacement index %lld out of range for positional args tuple",
                     static_cast<long long>(index));
  }
  return src_.positional[index];
}

Value TemplateFormatter::field_value(std::string_view name) {
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') i++;
  Root obj(vm_.heap, TRY(first_value(name.substr(0, i))));
  while (i < name.size()) {
    char c = name[i++];
    if (c == '.') {
      size_t j = i;
      while (j < name.size() && name[j] != '.' && name[j] != '[') j++;
      if (j == i) return vm_.raise(vm_.types.ValueError, "Empty attribute in format string");
      Root attr(vm_.heap, vm_.str(name.substr(i, j - i)));
      obj.set(TRY(vm_.get_attr(obj.get(), attr.as<StrObj>())));
      i = j;
    } else if (c == '[') {
      size_t j = name.find(']', i);
      if (j == std::string_view::npos) {
        return vm_.raise(vm_.types.ValueError, "Missing ']' in format string");
      }
      std::string_view key_text = name.substr(i, j - i);
      if (key_text.empty()) {
        return vm_.raise(vm_.types.ValueError, "Empty attribute in format string");
      }
      int64_t index = parse_index(vm_, key_text);
      if (index == -2) return Value::error();
      Root key(vm_.heap, index >= 0 ? vm_.new_int(index) : vm_.str(key_text));
      obj.set(TRY(vm_.get_item(obj.get(), key.get())));
      i = j + 1;
      if (i < name.size() && name[i] != '.' && name[i] != '[') {
        return vm_.raise(vm_.types.ValueError,
                         "Only '.' or '[' may follow ']' in format field specifier");
      }
    }
  }
  return obj.get();
}

Value TemplateFormatter::convert(Value v, char32_t conversion) {
  switch (conversion) {
    case 'r': return vm_.repr(v);
    case 's': return vm_.to_str(v);
    case 'a': {
      Value r = TRY(vm_.repr(v));
      return vm_.str(escape_non_ascii(as_str(r)->view()));
    }
    default:
      if (conversion > 32 && conversion < 127) {
        return vm_.raise(vm_.types.ValueError, "Unknown conversion specifier %c",
                         char(conversion));
      }
      return vm_.raise(vm_.types.ValueError, "Unknown conversion specifier \\x%x",
                       unsigned(conversion));
  }
}

bool TemplateFormatter::render(std::string_view fmt, int depth, std::string& out) {
  if (depth <= 0) return fail("Max string recursion exceeded");
  size_t n = fmt.size(), i = 0;
  while (i < n) {
    char c = fmt[i];
    if (c != '{' && c != '}') {
      size_t j = i;
      while (j < n && fmt[j] != '{' && fmt[j] != '}') j++;
      out.append(fmt.substr(i, j - i));
      i = j;
      continue;
    }
    if (i + 1 < n && fmt[i + 1] == c) {  // '{{' or '}}'
      out.push_back(c);
      i += 2;
      continue;
    }
    if (c == '}') return fail("Single '}' encountered in format string");
    if (i + 1 == n) return fail("Single '{' encountered in format string");

    // The field name runs to '}', ':' or '!'; a '[' hides those up to its ']'.
    size_t j = i + 1;
    char stop = '\0';
    while (j < n) {
      char d = fmt[j++];
      if (d == '{') return fail("unexpected '{' in field name");
      if (d == '[') {
        while (j < n && fmt[j] != ']') j++;
        continue;
      }
      if (d == '}' || d == ':' || d == '!') {
        stop = d;
        break;
      }
    }
    if (stop == '\0') return fail("expected '}' before end of string");
    std::string_view name = fmt.substr(i + 1, j - 1 - (i + 1));
    char32_t conversion = 0;
    std::string_view spec;
    bool spec_has_fields = false;
    bool closed = stop == '}';
    if (stop == '!') {
      if (j >= n) return fail("end of string while looking for conversion specifier");
      conversion = utf8_decode(fmt, j);
      if (j < n) {
        char d = fmt[j++];
        if (d == '}') {
          closed = true;
        } else if (d != ':') {
          return fail("expected ':' after conversion specifier");
        }
      }
    }
    if (!closed) {
      size_t start = j;
      int level = 1;
      while (j < n) {
        char d = fmt[j++];
        if (d == '{') {
          spec_has_fields = true;
          level++;
        } else if (d == '}' && --level == 0) {
          spec = fmt.substr(start, j - 1 - start);
          closed = true;
          break;
        }
      }
      if (!closed) return fail("unmatched '{' in format spec");
    }
    i = j;

    Value v = field_value(name);
    if (v.is_error()) return false;
    Root obj(vm_.heap, v);
    if (conversion != 0) {
      v = convert(obj.get(), conversion);
      if (v.is_error()) return false;
      obj.set(v);
    }
    std::string expanded;
    if (spec_has_fields) {
      if (!render(spec, depth - 1, expanded)) return false;
      spec = expanded;
    }
    Value spec_value = vm_.str(spec);
    Root keep_spec(vm_.heap, spec_value);
    Value r = vm_.format(obj.get(), spec_value);
    if (r.is_error()) return false;
    if (!is_str(r)) {
      vm_.raise(vm_.types.TypeError, "__format__ must return a str, not %s",
                std::string(vm_.type_name(r)).c_str());
      return false;
    }
    reserve_text(vm_, out.size() + as_str(r)->nbytes);
    out.append(as_str(r)->view());
  }
  return true;
}

}  // namespace

Value str_format_method(VM& vm, StrObj* fmt, CallArgs args) {
  FieldSource src;
  src.positional = args.argv + 1;
  src.npositional = args.argc > 0 ? args.argc - 1 : 0;
  src.kwnames = args.kwnames;
  src.kwvalues = args.argv + args.argc;
  Root keep(vm.heap, Value::from_obj(fmt));
  TemplateFormatter f(vm, src);
  std::string out;
  if (!f.render(fmt->view(), 2, out)) return Value::error();
  return vm.str(out);
}

Value str_format_map(VM& vm, StrObj* fmt, Value mapping) {
  FieldSource src;
  src.mapping = mapping;
  Root keep(vm.heap, Value::from_obj(fmt));
  Root keep_map(vm.heap, mapping);
  TemplateFormatter f(vm, src);
  std::string out;
  if (!f.render(fmt->view(), 2, out)) return Value::error();
  return vm.str(out);
}

// ---- str % args -------------------------------------------------------------------------------

namespace {

// One parsed %-directive.
struct Directive {
  bool left = false;       // '-'
  bool plus = false;       // '+'
  bool space = false;      // ' '
  bool alternate = false;  // '#'
  bool zero = false;       // '0'
  int64_t width = -1;
  int64_t precision = -1;
  char32_t type = 0;
};

constexpr int64_t kMaxWidth = int64_t(1) << 31;

// Pads `body` (already complete) with spaces to the directive's width.
void append_padded(std::string& out, std::string_view body, int64_t body_len, const Directive& d) {
  int64_t pad = d.width > body_len ? d.width - body_len : 0;
  if (!d.left) out.append(size_t(pad), ' ');
  out.append(body);
  if (d.left) out.append(size_t(pad), ' ');
}

bool has_method(VM& vm, Value v, StrObj* name) {
  return !vm.lookup_in_type(vm.type_of(v), name).is_unbound();
}

// The integer for %d/%i/%u (floats truncate, __int__ accepted) or %x/%X/%o (__index__
// only).
Value integer_operand(VM& vm, Value v, char32_t type) {
  if (is_int(v)) return v;
  bool real = type == 'd' || type == 'i' || type == 'u';
  if (real && v.is_double()) return int_from_double(vm, v.as_double());
  if (v.is_obj()) {
    StrObj* name = nullptr;
    if (has_method(vm, v, vm.names.__index__)) {
      name = vm.names.__index__;
    } else if (real && has_method(vm, v, vm.names.__int__)) {
      name = vm.names.__int__;
    }
    if (name) {
      Value r = TRY(vm.call_method(v, name, {}));
      if (!is_int(r)) {
        return vm.raise(vm.types.TypeError, "%s returned non-int (type %s)", name->data,
                        std::string(vm.type_name(r)).c_str());
      }
      return r;
    }
  }
  char tc[8];
  size_t tn = utf8_encode(type, tc);
  return vm.raise(vm.types.TypeError, "%%%.*s format: %s is required, not %s", int(tn), tc,
                  real ? "a real number" : "an integer", std::string(vm.type_name(v)).c_str());
}

bool format_integer(VM& vm, Value v, const Directive& d, std::string& out) {
  int base = d.type == 'x' || d.type == 'X' ? 16 : d.type == 'o' ? 8 : 10;
  bool negative = false;
  std::string digits;
  if (v.is_small_int() || v.is_bool()) {
    // The common case, without a round trip through GMP.
    int64_t n = v.is_bool() ? int64_t(v.is_true()) : v.as_small_int();
    negative = n < 0;
    uint64_t m = negative ? ~uint64_t(n) + 1 : uint64_t(n);
    char buf[72];
    auto res = std::to_chars(buf, buf + sizeof buf, m, base);
    digits.assign(buf, res.ptr);
  } else {
    if (!int_digits_fit(vm, v, base)) return false;
    digits = int_to_base_digits(v, base, &negative);
  }
  if (d.type == 'X') {
    for (char& c : digits) c = char(std::toupper(uint8_t(c)));
  }
  if (d.precision > int64_t(digits.size())) {
    reserve_text(vm, uint64_t(d.precision));
    digits.insert(0, size_t(d.precision) - digits.size(), '0');
  }
  std::string head;
  if (negative) {
    head = "-";
  } else if (d.plus) {
    head = "+";
  } else if (d.space) {
    head = " ";
  }
  if (d.alternate && base != 10) head += d.type == 'x' ? "0x" : d.type == 'X' ? "0X" : "0o";
  int64_t len = int64_t(head.size() + digits.size());
  if (d.width > len) reserve_text(vm, uint64_t(d.width));
  if (d.zero && !d.left && d.width > len) {
    out.append(head);
    out.append(size_t(d.width - len), '0');
    out.append(digits);
    return true;
  }
  append_padded(out, head + digits, len, d);
  return true;
}

bool format_real(VM& vm, Value v, const Directive& d, std::string& out) {
  double x;
  if (v.is_double()) {
    x = v.as_double();
  } else if (is_int(v)) {
    if (!int_to_double(vm, v, x)) return false;
  } else if (v.is_obj() && has_method(vm, v, vm.names.__float__)) {
    Value r = vm.call_method(v, vm.names.__float__, {});
    if (r.is_error()) return false;
    if (!r.is_double()) {
      vm.raise(vm.types.TypeError, "%s.__float__ returned non-float (type %s)",
               std::string(vm.type_name(v)).c_str(), std::string(vm.type_name(r)).c_str());
      return false;
    }
    x = r.as_double();
  } else {
    vm.raise(vm.types.TypeError, "must be real number, not %s",
             std::string(vm.type_name(v)).c_str());
    return false;
  }
  FormatSpec spec;
  spec.type = d.type;
  spec.precision = d.precision < 0 ? 6 : d.precision;
  spec.alternate = d.alternate;
  spec.sign = d.plus ? '+' : d.space ? ' ' : '\0';
  spec.width = d.width;
  if (d.left) {
    spec.align = '<';
  } else if (d.zero) {
    spec.align = '=';
    spec.fill = U'0';
    spec.fill_given = true;
    spec.zero_pad = true;
  } else {
    spec.align = '>';
  }
  if (d.width > 0) reserve_text(vm, uint64_t(d.width));
  if (spec.precision > 0) reserve_text(vm, uint64_t(spec.precision));
  FormatResult r = format_float(x, spec);
  if (!r.ok()) {
    raise_format_result(vm, r);
    return false;
  }
  out.append(r.text);
  return true;
}

bool format_char(VM& vm, Value v, const Directive& d, std::string& out) {
  std::string ch;
  if (is_str(v) && as_str(v)->length() == 1) {
    ch = as_str(v)->view();
  } else if (is_int(v)) {
    int64_t cp = 0;
    if (is_bigint(v) || !int_value(vm, v, cp) || cp < 0 || cp > 0x10FFFF) {
      if (vm.has_pending()) vm.take_pending();
      vm.raise(vm.types.OverflowError, "%%c arg not in range(0x110000)");
      return false;
    }
    utf8_append(ch, char32_t(cp));
  } else {
    vm.raise(vm.types.TypeError, "%%c requires int or char");
    return false;
  }
  if (d.width > 1) reserve_text(vm, uint64_t(d.width));
  append_padded(out, ch, 1, d);
  return true;
}

// A mapping for %(key)s purposes: PyMapping_Check minus tuple and str.
bool is_mapping_arg(VM& vm, Value v) {
  if (!v.is_obj() || is_tuple(v) || is_str(v)) return false;
  if (is_dict(v) || is_list(v)) return true;
  return has_method(vm, v, vm.names.__getitem__);
}

class PercentFormatter {
 public:
  PercentFormatter(VM& vm, StrObj* fmt, Value args)
      : vm_(vm), fmt_(fmt->view()), fmt_obj_(fmt), args_(vm.heap, args),
        dict_(vm.heap, Value::unbound()) {
    if (is_tuple(args)) {
      arglen_ = as_tuple(args)->size;
      argidx_ = 0;
    }
    if (is_mapping_arg(vm, args)) dict_.set(args);
  }

  Value run();

 private:
  Value next_arg() {
    if (argidx_ < arglen_) {
      int64_t i = argidx_++;
      if (arglen_ < 0) return args_.get();
      return as_tuple(args_.get())->items[i];
    }
    return vm_.raise(vm_.types.TypeError, "not enough arguments for format string");
  }
  bool directive(size_t& i, std::string& out);
  bool star_arg(int64_t& out);

  VM& vm_;
  std::string_view fmt_;
  StrObj* fmt_obj_;
  Root args_;
  Root dict_;                      // the original args when they can serve %(key) lookups
  int64_t arglen_ = -1;            // -1: a single (non-tuple) argument
  int64_t argidx_ = -2;
};

bool PercentFormatter::star_arg(int64_t& out) {
  Value v = next_arg();
  if (v.is_error()) return false;
  if (!is_int(v)) {
    vm_.raise(vm_.types.TypeError, "* wants int");
    return false;
  }
  if (!int_value(vm_, v, out)) return false;
  return true;
}

bool PercentFormatter::directive(size_t& i, std::string& out) {
  size_t n = fmt_.size();
  auto incomplete = [&]() {
    vm_.raise(vm_.types.ValueError, "incomplete format");
    return false;
  };
  if (i < n && fmt_[i] == '(') {
    if (dict_.get().is_unbound()) {
      vm_.raise(vm_.types.TypeError, "format requires a mapping");
      return false;
    }
    size_t start = ++i;
    int depth = 1;
    while (i < n && depth > 0) {
      if (fmt_[i] == '(') depth++;
      if (fmt_[i] == ')') depth--;
      i++;
    }
    if (depth > 0) {
      vm_.raise(vm_.types.ValueError, "incomplete format key");
      return false;
    }
    Value key = vm_.str(fmt_.substr(start, i - 1 - start));
    Root keep(vm_.heap, key);
    Value v = vm_.get_item(dict_.get(), key);
    if (v.is_error()) return false;
    // The looked-up value becomes the (single) argument source from here on.
    args_.set(v);
    arglen_ = -1;
    argidx_ = -2;
  }
  Directive d;
  for (; i < n; i++) {
    char c = fmt_[i];
    if (c == '-') {
      d.left = true;
    } else if (c == '+') {
      d.plus = true;
    } else if (c == ' ') {
      d.space = true;
    } else if (c == '#') {
      d.alternate = true;
    } else if (c == '0') {
      d.zero = true;
    } else {
      break;
    }
  }
  if (i < n && fmt_[i] == '*') {
    i++;
    if (!star_arg(d.width)) return false;
    if (d.width < 0) {
      d.left = true;
      d.width = -d.width;
    }
  } else {
    while (i < n && fmt_[i] >= '0' && fmt_[i] <= '9') {
      if (d.width < 0) d.width = 0;
      d.width = d.width * 10 + (fmt_[i++] - '0');
      if (d.width > kMaxWidth) {
        vm_.raise(vm_.types.ValueError, "width too big");
        return false;
      }
    }
  }
  if (i < n && fmt_[i] == '.') {
    i++;
    d.precision = 0;
    if (i < n && fmt_[i] == '*') {
      i++;
      if (!star_arg(d.precision)) return false;
      if (d.precision < 0) d.precision = 0;
    } else {
      while (i < n && fmt_[i] >= '0' && fmt_[i] <= '9') {
        d.precision = d.precision * 10 + (fmt_[i++] - '0');
        if (d.precision > kMaxWidth) {
          vm_.raise(vm_.types.ValueError, "precision too big");
          return false;
        }
      }
    }
  }
  if (i < n && (fmt_[i] == 'h' || fmt_[i] == 'l' || fmt_[i] == 'L')) i++;  // one, ignored
  if (i >= n) return incomplete();
  size_t type_pos = i;
  d.type = utf8_decode(fmt_, i);

  Value v = next_arg();
  if (v.is_error()) return false;
  Root arg(vm_.heap, v);
  switch (d.type) {
    case 's': case 'r': case 'a': {
      Value s = d.type == 's' ? vm_.to_str(v) : vm_.repr(v);
      if (s.is_error()) return false;
      std::string text = d.type == 'a' ? escape_non_ascii(as_str(s)->view())
                                       : std::string(as_str(s)->view());
      int64_t len = int64_t(utf8_length(text));
      if (d.precision >= 0 && d.precision < len) {
        text.resize(utf8_offset(text, size_t(d.precision)));
        len = d.precision;
      }
      if (d.width > len) reserve_text(vm_, out.size() + uint64_t(d.width));
      append_padded(out, text, len, d);
      return true;
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
      Value iv = integer_operand(vm_, v, d.type);
      if (iv.is_error()) return false;
      Root keep(vm_.heap, iv);
      return format_integer(vm_, iv, d, out);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return format_real(vm_, v, d, out);
    case 'c':
      return format_char(vm_, v, d, out);
    default: {
      // CPython shows the character only when it is printable ASCII.
      char shown = d.type >= 32 && d.type <= 126 ? char(d.type) : '?';
      vm_.raise(vm_.types.ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                shown, unsigned(d.type),
                static_cast<long long>(str_count_between(fmt_obj_, 0, type_pos)));
      return false;
    }
  }
}

Value PercentFormatter::run() {
  std::string out;
  size_t n = fmt_.size(), i = 0;
  while (i < n) {
    size_t j = fmt_.find('%', i);
    if (j == std::string_view::npos) j = n;
    out.append(fmt_.substr(i, j - i));
    if (j == n) break;
    i = j + 1;
    if (i < n && fmt_[i] == '%') {
      out.push_back('%');
      i++;
      continue;
    }
    if (!directive(i, out)) return Value::error();
  }
  if (argidx_ < arglen_ && dict_.get().is_unbound()) {
    return vm_.raise(vm_.types.TypeError, "not all arguments converted during string formatting");
  }
  return vm_.str(out);
}

}  // namespace

Value str_percent_format(VM& vm, StrObj* fmt, Value args) {
  Root keep(vm.heap, Value::from_obj(fmt));
  PercentFormatter f(vm, fmt, args);
  return f.run();
}

}  // namespace capy
