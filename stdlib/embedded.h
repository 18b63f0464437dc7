// Standard library modules written in the dialect (stdlib/py/*.py), embedded
// in the binary at build time (cmake/EmbedPython.cmake).
#pragma once

#include <string_view>

namespace capy {

struct EmbeddedModule {
  const char* name;    // the module name ("heapq")
  const char* source;  // its source text
};

// Terminated by {nullptr, nullptr}.
extern const EmbeddedModule kEmbeddedModules[];

// The source of embedded module `name`, or an empty view.
std::string_view embedded_module_source(std::string_view name);

}  // namespace capy
