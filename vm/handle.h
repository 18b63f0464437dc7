// HandleObj: an opaque reference to host-side C++ state.
//
// Capabilities (an fs path, an open file) must be objects a script can hold,
// pass around and call methods on, yet never look inside, construct or
// change. A handle stores a pointer to C++ state plus the table of operations
// that owns it; the state is unreachable from the dialect (there is no
// attribute that exposes it), and native methods accept `self` only after
// checking both the kind and the `ops` table, so an instance of the handle's
// class made any other way (object.__new__, a subclass) is refused.
#pragma once

#include "vm/object.h"

namespace capy {

struct HandleOps {
  const char* name;                 // what the state is, for diagnostics
  void (*finalize)(void* state);    // frees the state when the handle dies
};

struct HandleObj : Obj {
  const HandleOps* ops;
  void* state;
};

inline HandleObj* as_handle(Value v, const HandleOps* ops) {
  if (!is_kind(v, ObjKind::Handle)) return nullptr;
  auto* h = static_cast<HandleObj*>(v.as_obj());
  return h->ops == ops ? h : nullptr;
}

}  // namespace capy
