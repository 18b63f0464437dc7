// Code-point indexing, slicing and argument conversions for str (see str_util.h).
#include "vm/str_util.h"

#include <vector>

#include "vm/bigint.h"
#include "vm/numeric.h"
#include "vm/unicode.h"

namespace capy {

size_t str_byte_offset(const StrObj* s, int64_t index) {
  if (index <= 0) return 0;
  if (s->is_ascii()) return size_t(index) < s->nbytes ? size_t(index) : s->nbytes;
  return utf8_offset(s->view(), size_t(index));
}

int64_t str_count_between(const StrObj* s, size_t begin, size_t end) {
  if (end <= begin) return 0;
  if (s->is_ascii()) return int64_t(end - begin);
  return int64_t(utf8_length(s->view().substr(begin, end - begin)));
}

Value str_result(VM& vm, StrObj* self, std::string_view text) {
  if (self->cls == vm.types.str && text.size() == self->nbytes &&
      (text.data() == self->data || text == self->view())) {
    return Value::from_obj(self);
  }
  return vm.str(text);
}

Value str_from_code_point(VM& vm, char32_t cp) {
  char buf[4];
  size_t n = utf8_encode(cp, buf);
  if (cp < 0x80) return Value::from_obj(vm.ascii_char(static_cast<unsigned char>(cp)));
  return vm.str(std::string_view(buf, n));
}

Value str_index(VM& vm, StrObj* s, int64_t index) {
  int64_t len = int64_t(s->length());
  if (index < 0) index += len;
  if (index < 0 || index >= len) return vm.raise(vm.types.IndexError, "string index out of range");
  if (s->is_ascii()) return Value::from_obj(vm.ascii_char(static_cast<unsigned char>(s->data[index])));
  std::string_view v = s->view();
  size_t pos = utf8_offset(v, size_t(index));
  char32_t cp = utf8_decode(v, pos);
  return str_from_code_point(vm, cp);
}

Value str_slice(VM& vm, StrObj* s, int64_t start, int64_t stop, int64_t step) {
  int64_t count = 0;
  if (step > 0 && start < stop) count = (stop - start - 1) / step + 1;
  if (step < 0 && stop < start) count = (start - stop - 1) / (-step) + 1;
  if (count <= 0) return Value::from_obj(vm.empty_str());
  std::string_view v = s->view();
  if (step == 1) {
    if (count == int64_t(s->length()) && s->cls == vm.types.str) return Value::from_obj(s);
    size_t b = str_byte_offset(s, start);
    size_t e = s->is_ascii() ? size_t(stop) : b + utf8_offset(v.substr(b), size_t(count));
    if (count == 1 && s->is_ascii()) return Value::from_obj(vm.ascii_char(static_cast<unsigned char>(v[b])));
    return vm.str(v.substr(b, e - b));
  }
  std::string out;
  if (s->is_ascii()) {
    out.reserve(size_t(count));
    for (int64_t i = 0, j = start; i < count; i++, j += step) out.push_back(v[size_t(j)]);
  } else {
    // Record where each code point starts, then pick every step-th one.
    std::vector<uint32_t> starts;
    starts.reserve(s->length() + 1);
    for (size_t pos = 0; pos < v.size();) {
      starts.push_back(uint32_t(pos));
      utf8_decode(v, pos);
    }
    starts.push_back(uint32_t(v.size()));
    for (int64_t i = 0, j = start; i < count; i++, j += step) {
      size_t b = starts[size_t(j)], e = starts[size_t(j) + 1];
      out.append(v.substr(b, e - b));
    }
  }
  return vm.str(out);
}

namespace {

// Calls type(v).__index__(v); Unbound when the type has none.
Value call_index(VM& vm, Value v) {
  Value fn = vm.lookup_in_type(vm.type_of(v), vm.names.__index__);
  if (fn.is_unbound()) return fn;
  Value r = TRY(vm.call(fn, {v}));
  if (!is_int(r)) {
    return vm.raise(vm.types.TypeError, "__index__ returned non-int (type %s)",
                    std::string(vm.type_name(r)).c_str());
  }
  return r;
}

}  // namespace

bool index_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (is_int(v)) return int_value(vm, v, out);
  if (v.is_obj() && !is_kind(v, ObjKind::Str)) {
    Value r = call_index(vm, v);
    if (r.is_error()) return false;
    if (!r.is_unbound()) return int_value(vm, r, out);
  }
  vm.raise(vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
           std::string(vm.type_name(v)).c_str());
  return false;
}

bool slice_index_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_none() || v.is_unbound()) return true;
  Value n = v;
  if (!is_int(v)) {
    n = v.is_obj() ? call_index(vm, v) : Value::unbound();
    if (n.is_error()) return false;
    if (n.is_unbound()) {
      vm.raise(vm.types.TypeError,
               "slice indices must be integers or None or have an __index__ method");
      return false;
    }
  }
  if (is_bigint(n)) {
    out = int_sign(n) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return true;
  }
  return int_value(vm, n, out);
}

void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
  if (end > len) {
    end = len;
  } else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

void reserve_text(VM& vm, uint64_t bytes) {
  // StrObj lengths are 32-bit: anything near 4 GiB is out of memory for capy.
  if (bytes > 0xFFFFFFF0ull) throw OutOfMemory{size_t(bytes)};
  if (bytes > 4096) vm.heap.reserve(size_t(bytes));
}

Value raise_expected_str(VM& vm, const char* prefix, Value got) {
  return vm.raise(vm.types.TypeError, "%smust be str, not %s", prefix,
                  std::string(vm.type_name(got)).c_str());
}

}  // namespace capy
