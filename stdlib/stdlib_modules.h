// The native standard library modules: one make_<name>_module per module,
// each building a fresh module object on first import (stdlib/modules.cpp
// lists them by name).
#pragma once

#include "vm/vm.h"

namespace capy {

ModuleObj* make_math_module(VM& vm);
ModuleObj* make_random_native_module(VM& vm);   // _random: the core of random.py
ModuleObj* make_time_module(VM& vm);
ModuleObj* make_json_native_module(VM& vm);     // _json: the engines of json.py
ModuleObj* make_re_native_module(VM& vm);       // _re: the RE2 core of re.py
ModuleObj* make_fs_native_module(VM& vm);       // _fs: capability handles under fs.py
ModuleObj* make_itertools_native_module(VM& vm);  // _itertools: itertools.py's classes

}  // namespace capy
