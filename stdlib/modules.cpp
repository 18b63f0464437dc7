// The standard library's module table. Each entry builds its module from a
// declarative table of native functions (and, later, dialect source embedded
// in the binary).
#include "stdlib/modules.h"

#include <cstring>

namespace capy {

namespace {

struct ModuleEntry {
  const char* name;
  ModuleObj* (*make)(VM& vm);
};

// Filled as the standard library grows (math, random, json, ...).
const ModuleEntry kModules[] = {
    {nullptr, nullptr},
};

}  // namespace

Value make_stdlib_module(VM& vm, StrObj* name) {
  for (const ModuleEntry& e : kModules) {
    if (e.name && std::strcmp(e.name, name->data) == 0) return Value::from_obj(e.make(vm));
  }
  return Value::unbound();
}

}  // namespace capy
