// The standard library's module table. Each entry builds its module from a
// declarative table of native functions (and, later, dialect source embedded
// in the binary).
#include "stdlib/modules.h"

#include "stdlib/embedded.h"
#include "stdlib/stdlib_modules.h"

#include <cstring>

namespace capy {

namespace {

struct ModuleEntry {
  const char* name;
  ModuleObj* (*make)(VM& vm);
};

// Filled as the standard library grows (math, random, json, ...).
const ModuleEntry kModules[] = {
    {"math", make_math_module},
    {"_random", make_random_native_module},
    {"time", make_time_module},
    {"_json", make_json_native_module},
    {"_re", make_re_native_module},
    {"_fs", make_fs_native_module},
    {"_itertools", make_itertools_native_module},
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

namespace capy {

std::string_view embedded_module_source(std::string_view name) {
  for (const EmbeddedModule* m = kEmbeddedModules; m->name; m++) {
    if (name == m->name) return m->source;
  }
  return {};
}

}  // namespace capy
