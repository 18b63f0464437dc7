// str % args, str.format / str.format_map, and format(value, spec) for the built-in
// scalar types (int, bool, float, str).
//
// str_percent_format and str_format_method are declared in vm/native.h (the operator and
// method contracts); this header adds what the lead's VM::format and the str method table
// need besides.
#pragma once

#include "vm/vm.h"

namespace capy {

// format(v, spec) when v is an int, bool, float or str (subclasses included: the caller
// decides whether a user __format__ comes first). Returns Value::unbound() for any other
// type, so VM::format can fall back to the object's __format__.
Value format_builtin_value(VM& vm, Value v, StrObj* spec);

// str.format_map(mapping): fields are looked up with mapping[key]; positional fields are
// an error.
Value str_format_map(VM& vm, StrObj* fmt, Value mapping);

// ascii(v)'s escaping applied to text: every non-ASCII code point becomes \xNN, \uNNNN or
// \UNNNNNNNN (used for !a and %a on the repr of a value).
std::string escape_non_ascii(std::string_view text);

}  // namespace capy
