// Helpers shared by the method files of bytes and bytearray (methods_bytes.cpp,
// methods_bytes_text.cpp, bytes_new.cpp). Not a public header: everything else uses
// vm/bytes.h.
//
// Every method works on both kinds; the receiver decides the family of the result
// (bytearray methods return bytearrays). Arguments are converted before the receiver's
// bytes are viewed, because a conversion can run script code that resizes a bytearray.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "vm/bytes.h"
#include "vm/native.h"

namespace capy {

// The receiver of a bytes/bytearray method, or TypeError "descriptor 'x' for 'bytes'
// objects doesn't apply to a 'T' object" (false).
bool bytes_self(VM& vm, CallArgs a, const char* name);

// Binds positional arguments (after self) and keywords to `names` in order; unpassed ones
// stay Unbound. CPython's messages for unknown and doubly given keywords.
bool bytes_bind_args(VM& vm, CallArgs a, const char* fname,
                     std::initializer_list<const char*> names, Value* out);

// The bytes of a bytes-like argument, copied (the argument may be the receiver, which a
// later step may change); TypeError "a bytes-like object is required, not 'T'".
bool bytes_arg(VM& vm, Value v, std::string& out);

// A list of results of the receiver's family, one per part.
Value bytes_list_of(VM& vm, Value like, const std::vector<std::string_view>& parts);

// ASCII classification as CPython's bytes methods use it (Py_ISSPACE and friends).
inline bool byte_isspace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}
inline bool byte_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool byte_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool byte_isalpha(unsigned char c) { return byte_islower(c) || byte_isupper(c); }
inline bool byte_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }

// The case, predicate, padding, hex and translate methods (methods_bytes_text.cpp).
void install_bytes_text_methods(VM& vm, TypeObj* type);
// bytes() and bytearray() (bytes_new.cpp).
void install_bytes_constructors(VM& vm);

}  // namespace capy
