// capy.h implemented: a Runtime wires the frontend, the VM and the standard
// library together, and turns how a script ended into a Result.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <new>
#include <string>
#include <unordered_map>

#include "capy/capy.h"
#include "api/isolation.h"
#include "frontend/frontend.h"
#include "sandbox/fs_grant.h"
#include "sandbox/lockdown.h"
#include "stdlib/fs_host.h"
#include "stdlib/builtins.h"
#include "stdlib/embedded.h"
#include "stdlib/modules.h"
#include "stdlib/sys_module.h"
#include "vm/code_unit.h"
#include "vm/generator.h"
#include "vm/mappingproxy.h"
#include "vm/type_forms.h"
#include "vm/native.h"
#include "vm/numeric.h"
#include "vm/slice.h"
#include "vm/vm.h"

namespace capy {

namespace {

// Reads a whole module file through the import grant (openat2 beneath the
// import directory: a module name never reaches outside it).
bool read_module_file(const sandbox::Grant& grant, const std::string& rel, std::string& out) {
  auto st = grant.stat(rel);
  if (!st.ok() || !st->is_file) return false;
  auto file = grant.open_file(rel, sandbox::OpenMode{});
  if (!file.ok()) return false;
  auto data = (*file)->read(-1);
  if (!data.ok()) return false;
  out = std::move(*data);
  return true;
}

bool is_module_dir(const sandbox::Grant& grant, const std::string& rel) {
  auto r = grant.is_dir(rel);
  return r.ok() && *r;
}

// A dotted module name as a relative path, or "" when it is not a plain
// dotted name (__import__ and importlib take strings from scripts).
std::string module_rel_path(std::string_view dotted) {
  std::string rel;
  size_t start = 0;
  while (start <= dotted.size()) {
    size_t dot = dotted.find('.', start);
    if (dot == std::string_view::npos) dot = dotted.size();
    std::string_view part = dotted.substr(start, dot - start);
    if (part.empty()) return "";
    for (char c : part) {
      if (c == '/' || c == '\0' || c == '\\') return "";
    }
    if (!rel.empty()) rel += '/';
    rel += part;
    start = dot + 1;
  }
  return rel;
}

std::string line_of_text(const std::string& text, uint32_t line) {
  size_t pos = 0;
  for (uint32_t i = 1; i < line; i++) {
    pos = text.find('\n', pos);
    if (pos == std::string::npos) return "";
    pos++;
  }
  size_t end = text.find('\n', pos);
  return text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
}

}  // namespace

struct Runtime::Impl {
  Options options;
  VM vm;
  std::unordered_map<std::string, std::string> sources;  // filename -> text, for tracebacks
  ModuleObj* main = nullptr;
  std::shared_ptr<sandbox::Grant> import_grant;  // read-only view of options.import_dir
  std::string setup_error;  // a grant that could not be opened: every run fails with it

  explicit Impl(Options o) : options(std::move(o)) {
    vm.out_sink = options.out;
    vm.err_sink = options.err;
    vm.limits.recursion_limit = options.recursion_limit;
    vm.limits.fuel = options.fuel;
    vm.fuel_left = options.fuel;
    vm.heap.set_stress(options.gc_stress);
    // Frames are never reallocated while a script runs: the interpreter keeps
    // pointers into this vector across nested calls. sys.setrecursionlimit
    // may raise the limit up to kMaxRecursionLimit, so reserve for that.
    vm.frames.reserve(std::max(options.recursion_limit, kMaxRecursionLimit) + 64);
    install_object_methods(vm);
    install_exception_methods(vm);
    install_generator_methods(vm);
    install_str_methods(vm);
    install_list_methods(vm);
    install_tuple_methods(vm);
    install_dict_methods(vm);
    install_set_methods(vm);
    install_number_methods(vm);
    install_bytes_methods(vm);
    install_range_slice_methods(vm);
    install_mappingproxy_methods(vm);
    install_type_form_methods(vm);
    install_slot_wrappers(vm);
    install_builtins(vm);
    ModuleObj* sys = make_sys_module(vm, options.argv);
    dict_set_str(vm, vm.modules, sys->name, Value::from_obj(sys));
    vm.hooks.source_line = [this](std::string_view file, uint32_t line) -> std::string {
      // Pseudo-files (<string>, <stdin>) show no source line, as in CPython.
      if (file.size() > 1 && file.front() == '<' && file.back() == '>') return std::string();
      auto it = sources.find(std::string(file));
      return it == sources.end() ? std::string() : line_of_text(it->second, line);
    };
    vm.hooks.import_module = [this](VM& v, StrObj* name) { return import_module(v, name); };
    main = vm.new_module("__main__");
    dict_set_str(vm, vm.modules, main->name, Value::from_obj(main));
    dict_set_str(vm, main->dict, vm.intern("__package__"), Value::none());
    dict_set_str(vm, main->dict, vm.names.__doc__, Value::none());
    open_grants();
    // Everything allocated so far is reachable from roots; memory accounting
    // for the script starts now.
    if (options.memory_limit) vm.heap.set_limit(vm.heap.bytes_in_use() + options.memory_limit);
  }

  // The host's directories become capabilities before the script runs: the
  // fs grants (shared open-file budget) and the import directory.
  void open_grants() {
    auto budget = std::make_shared<sandbox::FileBudget>(int(options.max_open_files));
    auto fs = std::make_unique<FsHost>();
    for (const DirGrant& g : options.grants) {
      auto grant = sandbox::Grant::open(g.name, g.host_path, g.writable, budget);
      if (!grant.ok()) {
        if (setup_error.empty()) {
          setup_error = "can't grant directory '" + g.host_path + "' as '" + g.name +
                        "': " + grant.error.message;
        }
        continue;
      }
      fs->grants.push_back(*grant);
    }
    std::sort(fs->grants.begin(), fs->grants.end(),
              [](const auto& a, const auto& b) { return a->name() < b->name(); });
    // Two grants under one name would make fs.root(name) pick one silently.
    auto same_name = [](const auto& a, const auto& b) { return a->name() == b->name(); };
    auto same = std::adjacent_find(fs->grants.begin(), fs->grants.end(), same_name);
    if (same != fs->grants.end() && setup_error.empty()) {
      setup_error = "directory name '" + (*same)->name() + "' is granted twice";
    }
    vm.fs_host = std::move(fs);
    if (!options.import_dir.empty()) {
      auto grant = sandbox::Grant::open("imports", options.import_dir, false);
      if (grant.ok()) import_grant = *grant;  // unreadable: only the stdlib imports
    }
  }

  // Finds `name` as a script module (a/b.py or a/b/__init__.py under the
  // import directory), else a standard library module.
  Value import_module(VM& v, StrObj* name) {
    std::string dotted(name->view());
    std::string rel = module_rel_path(dotted);
    if (import_grant && !rel.empty()) {
      std::string text;
      bool package = false;
      std::string file;
      if (is_module_dir(*import_grant, rel) &&
          read_module_file(*import_grant, rel + "/__init__.py", text)) {
        package = true;
        file = rel + "/__init__.py";
      } else if (read_module_file(*import_grant, rel + ".py", text)) {
        file = rel + ".py";
      }
      if (!file.empty()) return run_script_module(v, dotted, file, text, package);
    }
    std::string_view embedded = embedded_module_source(dotted);
    if (!embedded.empty()) {
      return run_script_module(v, dotted, "<capy-stdlib>/" + dotted + ".py", std::string(embedded), false);
    }
    Value m = make_stdlib_module(v, name);
    if (m.is_error() || !m.is_unbound()) {
      if (!m.is_error()) dict_set_str(v, v.modules, name, m);
      return m;
    }
    return v.raise_module_not_found(name->view());
  }

  Value run_script_module(VM& v, const std::string& dotted, const std::string& file, const std::string& text,
                          bool package) {
    sources[file] = text;
    CompileResult cr = compile_source(text, file);
    if (!cr.errors.empty()) {
      const Diagnostic& d = cr.errors.front();
      TypeObj* t = d.type == "TabError" ? v.types.TabError
                   : d.type == "IndentationError" ? v.types.IndentationError : v.types.SyntaxError;
      return v.raise(t, "%s (%s, line %u)", d.message.c_str(), file.c_str(), d.line);
    }
    CodeObj* code = v.load_code(*cr.unit);
    Root keep_code(v.heap, Value::from_obj(code));
    ModuleObj* m = v.new_module(dotted);
    Root keep(v.heap, Value::from_obj(m));
    // Interned strings are immortal, so no Root is needed across these calls.
    dict_set_str(v, m->dict, v.intern("__file__"), Value::from_obj(v.intern(file)));
    size_t dot = dotted.rfind('.');
    std::string pkg = package ? dotted : (dot == std::string::npos ? "" : dotted.substr(0, dot));
    dict_set_str(v, m->dict, v.intern("__package__"), Value::from_obj(v.intern(pkg)));
    if (package) {
      StrObj* path_name = v.intern("__path__");
      Root path(v.heap, Value::from_obj(v.new_list()));
      dict_set_str(v, m->dict, path_name, path.get());
    }
    dict_set_str(v, v.modules, m->name, Value::from_obj(m));
    v.initializing.push_back(m);
    Value r = v.run_module_code(code, m->dict);
    v.initializing.pop_back();
    if (r.is_error()) {
      dict_del(v, v.modules, Value::from_obj(m->name));
      return r;
    }
    // Bind the submodule in its parent package, as CPython does.
    if (dot != std::string::npos) {
      Value parent = dict_get_str(v.modules, v.intern(dotted.substr(0, dot)));
      if (is_kind(parent, ObjKind::Module)) {
        dict_set_str(v, static_cast<ModuleObj*>(parent.as_obj())->dict, v.intern(dotted.substr(dot + 1)),
                     Value::from_obj(m));
      }
    }
    return Value::from_obj(m);
  }

  // Prints a compile error list in CPython's format; the Result names the first.
  Result report_syntax_errors(const CompileResult& cr, std::string_view source, std::string_view filename) {
    for (const Diagnostic& d : cr.errors) vm.write_err(format_diagnostic(d, source, filename));
    Result r;
    r.status = Status::Error;
    r.error = cr.errors.front().type + ": " + cr.errors.front().message;
    return r;
  }

  // How an uncaught exception ends the script.
  Result finish_with_exception() {
    Result res;
    Value exc = vm.take_pending();
    Root keep(vm.heap, exc);
    if (vm.stop == StopReason::Fuel || vm.stop == StopReason::Time ||
        vm.stop == StopReason::Output) {
      char what[96];
      if (vm.stop == StopReason::Fuel) {
        std::snprintf(what, sizeof what, "fuel exhausted (--fuel %llu)",
                      (unsigned long long)options.fuel);
      } else if (vm.stop == StopReason::Time) {
        std::snprintf(what, sizeof what, "time limit exceeded (--timeout %g)", options.timeout_seconds);
      } else {
        std::snprintf(what, sizeof what, "output limit exceeded (%llu bytes)",
                      (unsigned long long)options.max_output_bytes);
      }
      vm.flush_output();
      vm.write_err_unlimited(std::string("capy: ") + what + "\n");
      res.status = Status::Limit;
      res.error = what;
      return res;
    }
    if (is_exception(exc) && vm.is_instance(exc, vm.types.SystemExit)) {
      ExceptionObj* e = as_exception(exc);
      Value code = e->args->size ? e->args->items[0] : Value::none();
      res.status = Status::Ok;
      if (code.is_none()) {
        res.exit_code = 0;
      } else if (is_int(code)) {
        int64_t c = 0;
        int_value(vm, code, c);
        res.exit_code = int(c & 0xFF);
      } else {
        Value s = vm.to_str(code);
        if (!s.is_error()) vm.write_err(std::string(as_str(s)->view()) + "\n");
        res.exit_code = 1;
      }
      res.error = "SystemExit";
      return res;
    }
    std::string text = vm.format_exception(exc);
    vm.write_err(text);
    res.status = Status::Error;
    size_t last = text.rfind('\n', text.size() - 2);
    res.error = text.substr(last == std::string::npos ? 0 : last + 1);
    if (!res.error.empty() && res.error.back() == '\n') res.error.pop_back();
    return res;
  }

  // Arms the per-run limits: the deadline counts from the start of each run.
  void arm_limits() {
    vm.limits.deadline_ns = options.timeout_seconds > 0
                                ? monotonic_ns() + int64_t(options.timeout_seconds * 1e9)
                                : 0;
    vm.limits.max_output_bytes = options.max_output_bytes;
    vm.clock_countdown = 0;
    vm.stop = StopReason::None;  // fuel stays spent: a later run stops at its first poll
    vm.polling = vm.limits.fuel || vm.limits.deadline_ns || vm.limits.max_output_bytes ||
                 vm.stop != StopReason::None;
  }

  Result run(std::string_view source, std::string_view filename, SourceMode mode) {
    if (!setup_error.empty()) {
      Result r;
      r.status = Status::Usage;
      r.error = setup_error;
      return r;
    }
    arm_limits();
    vm.set_stack_anchor();
    sources[std::string(filename)] = std::string(source);
    try {
      CompileResult cr = compile_source(source, filename, mode);
      if (!cr.errors.empty()) return report_syntax_errors(cr, source, filename);
      CodeObj* code = vm.load_code(*cr.unit);
      Value r = vm.run_module_code(code, main->dict);
      vm.flush_output();
      if (r.is_error()) return finish_with_exception();
      return Result{};
    } catch (const OutOfMemory&) {
      // Raised outside any frame (while loading): nothing to unwind to.
      vm.frames.clear();
      vm.stack_top = vm.stack_base;
      vm.write_err("MemoryError\n");
      Result r;
      r.status = Status::Error;
      r.error = "MemoryError";
      return r;
    } catch (const std::bad_alloc&) {
      // A native allocation the heap does not account for failed (in a child,
      // against RLIMIT_AS): memory beyond recovery. No C++ exception may
      // reach the host, so the run ends here with the limit named.
      vm.frames.clear();
      vm.stack_top = vm.stack_base;
      vm.flush_output();
      vm.write_err_unlimited("capy: memory limit exceeded (native allocation failed)\n");
      Result r;
      r.status = Status::Limit;
      r.error = "memory limit exceeded";
      return r;
    }
  }
};

Runtime::Runtime(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Runtime::~Runtime() = default;

Result Runtime::run_source(std::string_view source, std::string_view filename) {
  if (impl_->options.isolation == Isolation::Child && impl_->setup_error.empty()) {
    std::vector<IsolatedDir> dirs;
    for (const DirGrant& g : impl_->options.grants) dirs.push_back({g.host_path, g.writable});
    if (!impl_->options.import_dir.empty()) dirs.push_back({impl_->options.import_dir, false});
    return run_isolated(impl_->options, impl_->vm, dirs,
                        [&] { return impl_->run(source, filename, SourceMode::File); });
  }
  return impl_->run(source, filename, SourceMode::File);
}

Result Runtime::disassemble(std::string_view source, std::string_view filename) {
  CompileResult cr = compile_source(source, filename);
  if (!cr.errors.empty()) return impl_->report_syntax_errors(cr, source, filename);
  impl_->vm.write_out(capy::disassemble(*cr.unit));
  impl_->vm.flush_output();
  return Result{};
}

InputState Runtime::check_interactive(std::string_view source) {
  ParseResult pr = parse(source, SourceMode::Interactive);
  if (pr.incomplete) return InputState::Incomplete;
  return pr.errors.empty() ? InputState::Complete : InputState::Invalid;
}

Result Runtime::run_interactive(std::string_view source) {
  return impl_->run(source, "<stdin>", SourceMode::Interactive);
}

void Runtime::flush() { impl_->vm.flush_output(); }

const char* Runtime::version() { return "capy 0.1.0 (Python 3.11 dialect)"; }

std::string Runtime::sandbox_info(const Options& options) {
  sandbox::LockdownPlan plan;
  std::vector<int> fds;
  for (const DirGrant& g : options.grants) {
    int fd = ::open(g.host_path.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) plan.paths.push_back({fd, g.writable});
  }
  if (!options.import_dir.empty()) {
    int fd = ::open(options.import_dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) plan.paths.push_back({fd, false});
  }
  plan.jit_allowed = options.jit != JitMode::Off;
  std::string text = sandbox::describe_lockdown(sandbox::probe_kernel(), plan);
  for (const auto& rule : plan.paths) ::close(rule.dir_fd);
  return text;
}

}  // namespace capy
