// bytes % args and bytearray % args (PEP 461).
//
// The directive grammar is str's: %[(key)][flags][width|*][.precision|*][hlL]type. The
// numeric conversions (d i u o x X e E f F g G) produce ASCII text identical to str's,
// so each one is rebuilt as a one-directive str format with the width and precision
// resolved and handed to str_percent_format: one implementation of number formatting
// and its error messages for both. The conversions that differ for bytes are done here:
// %s and %b take bytes-like objects (or __bytes__), %r and %a give ascii(repr(x)), and
// %c takes an int in range(256) or a single byte.
#include <cstdio>
#include <string>

#include "vm/bytes.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/str_format.h"
#include "vm/str_util.h"

namespace capy {

namespace {

class BytesFormatter {
 public:
  BytesFormatter(VM& vm, Value args) : vm_(vm), args_(args) {
    if (is_tuple(args)) {
      tuple_ = as_tuple(args);
    } else if (args.is_obj() && !is_str(args) && !is_byteslike(args) &&
               (is_kind(args, ObjKind::Dict) ||
                !vm.lookup_in_type(vm.type_of(args), vm.names.__getitem__).is_unbound())) {
      mapping_ = true;  // the single argument is still used by directives without a key
    }
  }

  bool run(std::string_view fmt, std::string& out);

 private:
  Value next_arg();
  bool star(int64_t& out);
  bool directive(std::string_view fmt, size_t& i, std::string& out);
  bool bytes_of(Value v, std::string& out);
  bool number(Value v, char type, const std::string& flags, int64_t width, int64_t prec,
              std::string& out);

  VM& vm_;
  Value args_;
  TupleObj* tuple_ = nullptr;
  bool mapping_ = false;
  uint32_t next_ = 0;
  Value keyed_ = Value::unbound();  // the value of the current %(key)
};

Value BytesFormatter::next_arg() {
  if (!keyed_.is_unbound()) return keyed_;
  uint32_t n = tuple_ ? tuple_->size : 1;
  if (next_ >= n) return vm_.raise(vm_.types.TypeError, "not enough arguments for format string");
  return tuple_ ? tuple_->items[next_++] : (next_++, args_);
}

bool BytesFormatter::star(int64_t& out) {
  Value v = next_arg();
  if (v.is_error()) return false;
  if (!is_int(v)) {
    vm_.raise(vm_.types.TypeError, "* wants int");
    return false;
  }
  return int_value(vm_, v, out);
}

// %s / %b: a bytes-like object or one whose class defines __bytes__.
bool BytesFormatter::bytes_of(Value v, std::string& out) {
  if (is_byteslike(v)) {
    out.assign(bytes_view(v));
    return true;
  }
  TypeObj* t = vm_.type_of(v);
  Value fn = (t->flags & TypeObj::kBuiltin) ? Value::unbound()
                                            : vm_.lookup_in_type(t, vm_.intern("__bytes__"));
  if (!fn.is_unbound()) {
    Value r = vm_.call(fn, {v});
    if (r.is_error()) return false;
    if (!is_bytes(r)) {
      vm_.raise(vm_.types.TypeError, "__bytes__ returned non-bytes (type %s)",
                std::string(vm_.type_name(r)).c_str());
      return false;
    }
    out.assign(bytes_view(r));
    return true;
  }
  vm_.raise(vm_.types.TypeError,
            "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
            std::string(vm_.type_name(v)).c_str());
  return false;
}

bool BytesFormatter::number(Value v, char type, const std::string& flags, int64_t width,
                            int64_t prec, std::string& out) {
  std::string spec = "%" + flags;
  if (width >= 0) spec += std::to_string(width);
  if (prec >= 0) spec += "." + std::to_string(prec);
  spec += type;
  Root keep_v(vm_.heap, v);
  Root fmt(vm_.heap, vm_.str(spec));
  Value one = vm_.tuple_of({v});
  Root keep_one(vm_.heap, one);
  Value s = str_percent_format(vm_, fmt.as<StrObj>(), one);
  if (s.is_error()) return false;
  out.append(as_str(s)->view());
  return true;
}

bool BytesFormatter::directive(std::string_view fmt, size_t& i, std::string& out) {
  i++;  // past the '%'
  auto incomplete = [&]() {
    vm_.raise(vm_.types.ValueError, "incomplete format");
    return false;
  };
  keyed_ = Value::unbound();
  if (i < fmt.size() && fmt[i] == '(') {
    if (!mapping_) {
      vm_.raise(vm_.types.TypeError, "format requires a mapping");
      return false;
    }
    size_t depth = 1, k = i + 1;
    while (k < fmt.size() && depth) {
      if (fmt[k] == '(') depth++;
      if (fmt[k] == ')') depth--;
      k++;
    }
    if (depth) {
      vm_.raise(vm_.types.ValueError, "incomplete format key");
      return false;
    }
    Value key = new_bytes(vm_, fmt.substr(i + 1, k - i - 2));
    Root keep(vm_.heap, key);
    Value v = vm_.get_item(args_, key);
    if (v.is_error()) return false;
    keyed_ = v;
    i = k;
  }
  std::string flags;
  while (i < fmt.size() && std::string_view("-+ #0").find(fmt[i]) != std::string_view::npos) {
    flags += fmt[i++];
  }
  int64_t width = -1, prec = -1;
  Root keep_keyed(vm_.heap, keyed_);
  if (i < fmt.size() && fmt[i] == '*') {
    CAPY_CHECK(star(width));
    if (width < 0) {
      flags += '-';
      width = -width;
    }
    i++;
  } else {
    while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
      width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
      if (width > 0x7FFFFFFF) {
        vm_.raise(vm_.types.ValueError, "width too big");
        return false;
      }
    }
  }
  if (i < fmt.size() && fmt[i] == '.') {
    i++;
    prec = 0;
    if (i < fmt.size() && fmt[i] == '*') {
      CAPY_CHECK(star(prec));
      if (prec < 0) prec = 0;
      i++;
    } else {
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        prec = prec * 10 + (fmt[i++] - '0');
        if (prec > 0x7FFFFFFF) {
          vm_.raise(vm_.types.ValueError, "precision too big");
          return false;
        }
      }
    }
  }
  while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
  if (i >= fmt.size()) return incomplete();
  char type = fmt[i++];
  if (type == '%') {
    out.push_back('%');
    return true;
  }
  Value v = next_arg();
  if (v.is_error()) return false;
  Root keep_v(vm_.heap, v);
  std::string body;
  switch (type) {
    case 's':
    case 'b':
      CAPY_CHECK(bytes_of(v, body));
      if (prec >= 0 && size_t(prec) < body.size()) body.resize(size_t(prec));
      break;
    case 'r':
    case 'a': {
      Value r = vm_.repr(v);
      if (r.is_error()) return false;
      body = escape_non_ascii(as_str(r)->view());
      if (prec >= 0 && size_t(prec) < body.size()) body.resize(size_t(prec));
      break;
    }
    case 'c': {
      if (is_byteslike(v) && bytes_view(v).size() == 1) {
        body.assign(bytes_view(v));
      } else if (is_int(v)) {
        int64_t c = -1;
        if (!int_value(vm_, v, c)) vm_.take_pending();
        if (c < 0 || c > 255) {
          vm_.raise(vm_.types.OverflowError, "%%c arg not in range(256)");
          return false;
        }
        body.assign(1, char(c));
      } else {
        vm_.raise(vm_.types.TypeError, "%%c requires an integer in range(256) or a single byte");
        return false;
      }
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      // str's formatter words this one differently ("must be real number").
      if (!is_int(v) && !v.is_double() &&
          vm_.lookup_in_type(vm_.type_of(v), vm_.names.__float__).is_unbound() &&
          vm_.lookup_in_type(vm_.type_of(v), vm_.names.__index__).is_unbound()) {
        vm_.raise(vm_.types.TypeError, "float argument required, not %s",
                  std::string(vm_.type_name(v)).c_str());
        return false;
      }
      return number(v, type, flags, width, prec, out);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      return number(v, type, flags, width, prec, out);
    default: {
      unsigned char c = uint8_t(type);
      if (c < 0x80) {
        vm_.raise(vm_.types.ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                  c, c, i - 1);
      } else {
        vm_.raise(vm_.types.ValueError,
                  "unsupported format character '\\x%02x' (0x%x) at index %zu", c, c, i - 1);
      }
      return false;
    }
  }
  bool left = flags.find('-') != std::string::npos;
  size_t pad = width > int64_t(body.size()) ? size_t(width) - body.size() : 0;
  reserve_bytes(vm_, uint64_t(out.size()) + body.size() + pad);
  if (!left) out.append(pad, ' ');
  out.append(body);
  if (left) out.append(pad, ' ');
  return true;
}

bool BytesFormatter::run(std::string_view fmt, std::string& out) {
  for (size_t i = 0; i < fmt.size();) {
    size_t pct = fmt.find('%', i);
    if (pct == std::string_view::npos) pct = fmt.size();
    reserve_bytes(vm_, uint64_t(out.size()) + (pct - i));
    out.append(fmt.substr(i, pct - i));
    i = pct;
    if (i < fmt.size()) CAPY_CHECK(directive(fmt, i, out));
  }
  uint32_t n = tuple_ ? tuple_->size : 1;
  if (next_ < n && !mapping_) {
    vm_.raise(vm_.types.TypeError, "not all arguments converted during bytes formatting");
    return false;
  }
  return true;
}

}  // namespace

Value bytes_percent_format(VM& vm, Value fmt, Value args) {
  Root keep_fmt(vm.heap, fmt);
  Root keep_args(vm.heap, args);
  // A copy of the format: directives run script code (__bytes__, __repr__) that could
  // resize a bytearray format.
  std::string text(bytes_view(fmt));
  std::string out;
  BytesFormatter f(vm, args);
  TRY_FLAG(f.run(text, out));
  return new_bytes_like(vm, fmt, out);
}

}  // namespace capy
