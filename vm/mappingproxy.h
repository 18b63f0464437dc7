// mappingproxy: the read-only view of a class namespace that `C.__dict__`
// returns (see mappingproxy.cpp).
#pragma once

#include "vm/object.h"

namespace capy {

class VM;

struct MappingProxyObj : Obj {
  Value mapping;  // the dict it shows (a class's namespace)
};

inline bool is_mappingproxy(Value v) { return is_kind(v, ObjKind::MappingProxy); }
inline Value proxied_mapping(Value v) { return static_cast<MappingProxyObj*>(v.as_obj())->mapping; }

Value new_mappingproxy(VM& vm, Value mapping);
// repr(proxy) and str(proxy): "mappingproxy({...})" and str of the mapping.
Value mappingproxy_repr(VM& vm, Value proxy);
void install_mappingproxy_methods(VM& vm);

}  // namespace capy
