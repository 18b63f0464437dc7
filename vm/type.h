// TypeObj (classes, built-in and user-defined), instances, modules, and the
// exception object.
//
// A class keeps its attributes in a dict and its C3 linearization in `mro`.
// `version` changes whenever the class or any base changes (type_modified in
// vm/class.cpp), so inline caches keyed on (shape or class, version) stay
// correct when a script patches a class. Versions are never reused.
#pragma once

#include "vm/object.h"

namespace capy {

struct StrObj;
struct TupleObj;
struct DictObj;
struct ShapeObj;

struct TypeObj : Obj {
  static constexpr uint16_t kBuiltin = 1;     // a built-in type: its dict cannot be changed
  static constexpr uint16_t kBaseType = 2;    // may be subclassed
  static constexpr uint16_t kException = 4;   // BaseException or a subclass
  static constexpr uint16_t kAbstract = 8;    // __abstractmethods__ is non-empty: cannot instantiate
  static constexpr uint16_t kGetAttrHook = 16;  // a user __getattribute__ may apply (MRO or later patch)
  static constexpr uint16_t kSetAttrHook = 32;  // a user __setattr__ or __delattr__ may apply
  static constexpr uint16_t kSlotted = 64;      // every class of the MRO has __slots__ (no __dict__)
  StrObj* name;
  StrObj* qualname;
  StrObj* module;
  TypeObj* base;            // first base (object's base is null)
  TupleObj* bases;
  TupleObj* mro;            // includes the type itself first
  DictObj* dict;
  ObjKind instance_kind;    // the layout of its instances
  uint32_t inline_slots;    // attributes its instances usually get (vm/instance.h)
  uint64_t version;
  ShapeObj* shape_root;     // the shape of its new instances (vm/shape.h); null until needed
  // plain_init's answer (vm/call.h) and the version it was computed for.
  Value ctor_init;
  uint64_t ctor_version;
};

// An instance of a user class (vm/instance.h: shape or dictionary mode).
// Obj::extra counts the inline slots after the object, Obj::flags the
// capacity of `overflow`.
struct InstanceObj : Obj {
  ShapeObj* shape;   // never null
  DictObj* dict;     // dictionary mode only
  Value* overflow;   // owned buffer: slots past the inline ones
};

struct TracebackObj : Obj {
  TracebackObj* next;  // toward the frame that raised
  Obj* code;           // CodeObj
  uint32_t line;
};

struct ExceptionObj : InstanceObj {
  TupleObj* args;
  TracebackObj* traceback;
  Value cause;            // __cause__ (None or an exception)
  Value context;          // __context__
  bool suppress_context;  // set by `raise ... from`
};

struct ModuleObj : Obj {
  StrObj* name;
  DictObj* dict;
};

inline bool is_type(Value v) { return is_kind(v, ObjKind::Type); }
inline TypeObj* as_type(Value v) { return static_cast<TypeObj*>(v.as_obj()); }
inline bool is_exception(Value v) { return is_kind(v, ObjKind::Exception); }
inline ExceptionObj* as_exception(Value v) { return static_cast<ExceptionObj*>(v.as_obj()); }

}  // namespace capy
