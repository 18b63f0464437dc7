// Shared declarations of the native `_json` module (json_module.cpp), its
// encoder (json_encode.cpp) and its decoder (json_decode.cpp). The dialect
// module stdlib/py/json.py is the public face; these are its engines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "vm/vm.h"

namespace capy {

// _json.encode(obj, indent, item_sep, key_sep, sort_keys, skipkeys, ensure_ascii,
//              check_circular, allow_nan, default) -> str
Value json_encode(VM& vm, CallArgs a);

// _json.decode(s, idx, raw, strict, object_hook, object_pairs_hook, parse_float,
//              parse_int, parse_constant) -> obj, or (obj, end) when raw
Value json_decode(VM& vm, CallArgs a);

// Raises json.decoder.JSONDecodeError(msg, doc, pos) where pos is the code-point
// index of byte offset `byte_pos` of doc. Always returns Value::error().
Value json_raise_decode_error(VM& vm, const char* msg, StrObj* doc, size_t byte_pos);

// Appends the JSON string literal for the UTF-8 text `s` (quotes included).
void json_append_string(std::string& out, std::string_view s, bool ensure_ascii);

}  // namespace capy
